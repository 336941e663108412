import { Alert } from '@aws-amplify/ui-react';

/** Marks the sign-in form as the local twin's, which checks no signatures and protects nothing. */
export function LocalSignInNotice({ endpoint }: { endpoint: string | null }) {
  return (
    <Alert variation="warning" heading="Local only" className="local-notice">
      This signs in against the local twin{endpoint === null ? '' : ` at ${endpoint}`}, not Amazon Cognito.
      Its tokens are unsigned: it is for development on this machine, not a security boundary. Sign in with
      the account <code>npm start</code> printed in its terminal.
    </Alert>
  );
}
