'use client';

import { useOutputs } from '@/components/amplify/amplify-root';
import { TestCallPanel } from './test-call-panel';

/** The test-call panel, in local mode only: a deployed dashboard cannot place calls. */
export function TestCallSlot() {
  const { local } = useOutputs();
  return local?.connectUrl ? <TestCallPanel /> : null;
}
