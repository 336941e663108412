import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import '@aws-amplify/ui-react/styles.css';
import './globals.css';
import { inter } from './fonts';
import { loadOutputs } from '@/components/amplify/load-outputs';
import { AmplifyRoot } from '@/components/amplify/amplify-root';
import { SiteHeader } from '@/components/layout/site-header';
import { SignInGate } from '@/components/auth/sign-in-gate';
import { OutputsMissing } from '@/components/layout/outputs-missing';

export const metadata: Metadata = {
  title: 'Vanity calls · Foundry Connect',
  description: 'The latest Amazon Connect callers and the vanity numbers they heard, live.',
};

export const viewport: Viewport = { themeColor: '#0b3d91' };

/** The app shell: loads the backend's outputs per request, then gates everything behind sign-in. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const loaded = await loadOutputs();
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {loaded.ok ? (
          <AmplifyRoot outputs={loaded.outputs} summary={loaded.summary}>
            <SiteHeader />
            <main id="main" className="page">
              <SignInGate>{children}</SignInGate>
            </main>
          </AmplifyRoot>
        ) : (
          <main id="main" className="page">
            <OutputsMissing message={loaded.message} />
          </main>
        )}
      </body>
    </html>
  );
}
