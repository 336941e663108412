'use client';

import Link from 'next/link';
import { Badge, Button } from '@aws-amplify/ui-react';
import { useOutputs } from '@/components/amplify/amplify-root';
import { endSession, useSession } from '@/components/auth/session';

/** The banner: product name, which backend is in use, and who is signed in. */
export function SiteHeader() {
  const { local, region } = useOutputs();
  const session = useSession();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          Foundry Connect <span className="brand__sub">vanity calls</span>
        </Link>
        {local === null ? (
          <Badge size="small" title="AWS region of the backend">{region}</Badge>
        ) : (
          <Badge size="small" variation="warning" title="Data comes from the local twin on this machine">
            Local twin
          </Badge>
        )}
        {session.status === 'signed-in' ? (
          <div className="site-header__user">
            <span className="site-header__name">{session.name}</span>
            <Button size="small" onClick={endSession}>
              Sign out
            </Button>
          </div>
        ) : null}
      </div>
    </header>
  );
}
