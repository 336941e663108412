'use client';

import dynamic from 'next/dynamic';
import { useOutputs } from '@/components/amplify/amplify-root';

// Only the local twin places test calls: a deployed dashboard never downloads the panel.
const TestCallPanel = dynamic(() => import('./test-call-panel').then((m) => m.TestCallPanel), { ssr: false });

/** The test-call panel, in local mode only: a deployed dashboard cannot place calls. */
export function TestCallSlot() {
  const { local } = useOutputs();
  return local?.connectUrl ? <TestCallPanel /> : null;
}
