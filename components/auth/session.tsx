'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getCurrentUser, signOut } from 'aws-amplify/auth';
import { Hub } from 'aws-amplify/utils';

/** Who is signed in, as far as this page knows. */
export type Session = { status: 'checking' } | { status: 'signed-out' } | { status: 'signed-in'; name: string };

const SessionContext = createContext<Session | null>(null);

async function currentSession(): Promise<Session> {
  try {
    const user = await getCurrentUser();
    return { status: 'signed-in', name: user.signInDetails?.loginId ?? user.username };
  } catch {
    return { status: 'signed-out' };
  }
}

/**
 * Follows sign-in through Amplify Auth and its Hub events alone. The Authenticator's state machine and
 * forms are only needed to sign in, so they load then, not with every signed-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'checking' });
  useEffect(() => {
    let current = true;
    const refresh = () => {
      void currentSession().then((next) => {
        if (current) setSession(next);
      });
    };
    const stop = Hub.listen('auth', ({ payload }) => {
      if (payload.event === 'signedIn') refresh();
      else if (payload.event === 'signedOut' || payload.event === 'tokenRefresh_failure') setSession({ status: 'signed-out' });
    });
    refresh();
    return () => {
      current = false;
      stop();
    };
  }, []);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The page's session; must be used inside <SessionProvider>. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

/** Signs out here; the Hub event that follows returns every view to the sign-in form. */
export function endSession(): void {
  void signOut();
}
