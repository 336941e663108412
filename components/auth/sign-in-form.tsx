'use client';

import { Authenticator } from '@aws-amplify/ui-react';
import { SignInHeader } from './sign-in-header';

/** The twin's Cognito signs in and nothing more: no reset codes are sent, so the form must not offer one. */
const LOCAL_SIGN_IN = { Footer: () => null };

/**
 * The stock Authenticator, sign-in only. Sign-up is hidden: supervisors' accounts are created by an
 * administrator, so the internet cannot register its way to caller numbers.
 */
export function SignInForm({ local, endpoint }: { local: boolean; endpoint: string | null }) {
  return (
    <Authenticator
      hideSignUp
      components={{
        Header: () => <SignInHeader local={local} endpoint={endpoint} />,
        ...(local ? { SignIn: LOCAL_SIGN_IN } : {}),
      }}
    />
  );
}
