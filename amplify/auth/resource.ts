import { defineAuth } from '@aws-amplify/backend';

/** Dashboard sign-in. */
export const auth = defineAuth({
  loginWith: { email: true },
});
