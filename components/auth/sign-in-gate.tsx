'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { Loader } from '@aws-amplify/ui-react';
import { useOutputs } from '@/components/amplify/amplify-root';
import { useSession } from './session';

// The sign-in form (the Authenticator, its state machine and translations) loads only when needed.
const SignInForm = dynamic(() => import('./sign-in-form').then((m) => m.SignInForm), {
  ssr: false,
  loading: () => <Loader variation="linear" aria-label="Loading the sign-in form" />,
});

/** Shows caller data only to signed-in users; everyone else gets the sign-in form. */
export function SignInGate({ children }: { children: ReactNode }) {
  const { local } = useOutputs();
  const session = useSession();
  if (session.status === 'signed-in') return <>{children}</>;
  if (session.status === 'checking') return <Loader variation="linear" aria-label="Checking sign-in" />;
  return <SignInForm local={local !== null} endpoint={local?.cognitoEndpoint ?? null} />;
}
