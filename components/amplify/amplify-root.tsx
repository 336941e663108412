'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { Amplify } from 'aws-amplify';
import { parseAmplifyConfig } from 'aws-amplify/utils';
import { SessionProvider } from '@/components/auth/session';
import { installLocalWebSocket } from './local-websocket';
import type { OutputsSummary } from './outputs';

let configuredWith: object | null = null;

/**
 * Configures Amplify once per page load. The outputs arrive from the server at run time (the local
 * twin writes them after the build), so this runs during the root's first render: before any child
 * renders or runs an effect that could open a query or a subscription.
 */
function configureOnce(outputs: object, summary: OutputsSummary): void {
  if (typeof window === 'undefined' || configuredWith === outputs) return;
  const config = parseAmplifyConfig(outputs);
  const cognito = config.Auth?.Cognito;
  if (summary.local !== null) {
    installLocalWebSocket(new URL(summary.dataUrl).origin);
    if (cognito && summary.local.cognitoEndpoint !== null) {
      cognito.userPoolEndpoint = summary.local.cognitoEndpoint;
    }
  }
  Amplify.configure(config, { ssr: true });
  configuredWith = outputs;
}

const OutputsContext = createContext<OutputsSummary | null>(null);

/** The backend summary (region, data URL, local twin endpoints) for components that need it. */
export function useOutputs(): OutputsSummary {
  const summary = useContext(OutputsContext);
  if (summary === null) throw new Error('useOutputs must be used inside <AmplifyRoot>.');
  return summary;
}

/** Configures Amplify from amplify_outputs.json and provides sign-in state to the whole app. */
export function AmplifyRoot({
  outputs,
  summary,
  children,
}: {
  outputs: object;
  summary: OutputsSummary;
  children: ReactNode;
}) {
  configureOnce(outputs, summary);
  return (
    <OutputsContext.Provider value={summary}>
      <SessionProvider>{children}</SessionProvider>
    </OutputsContext.Provider>
  );
}
