'use client';

import type { ReactNode } from 'react';
import { Authenticator, Loader } from '@aws-amplify/ui-react';
import { useOutputs } from '@/components/amplify/amplify-root';
import { SignInHeader } from './sign-in-header';

/** The twin's Cognito signs in and nothing more: no reset codes are sent, so the form must not offer one. */
const LOCAL_SIGN_IN = { Footer: () => null };

/**
 * Shows caller data only to signed-in users. Sign-up is hidden: supervisors' accounts are created by
 * an administrator, so the internet cannot register its way to caller numbers.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const { local } = useOutputs();
  return (
    <Authenticator
      hideSignUp
      components={{
        Header: () => <SignInHeader local={local !== null} endpoint={local?.cognitoEndpoint ?? null} />,
        ...(local === null ? {} : { SignIn: LOCAL_SIGN_IN }),
      }}
    >
      {({ user }) => (user ? <>{children}</> : <Loader aria-label="Signing in" />)}
    </Authenticator>
  );
}
