import { defineAuth } from '@aws-amplify/backend';

/**
 * Dashboard sign-in with email and password. Users are created by an administrator only
 * (`aws cognito-idp admin-create-user`): amplify/backend.ts sets AllowAdminCreateUserOnly on the
 * user pool, because anyone who can sign in can read callers' numbers.
 */
export const auth = defineAuth({
  loginWith: { email: true },
});
