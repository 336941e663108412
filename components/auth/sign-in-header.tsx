import { LocalSignInNotice } from './local-sign-in-notice';

/** The heading above the sign-in form, with the local-only warning when signing in to the twin. */
export function SignInHeader({ local, endpoint }: { local: boolean; endpoint: string | null }) {
  return (
    <div className="sign-in-head">
      <h1>Sign in to see the latest calls</h1>
      <p className="muted">Accounts are created by an administrator; there is no self sign-up.</p>
      {local ? <LocalSignInNotice endpoint={endpoint} /> : null}
    </div>
  );
}
