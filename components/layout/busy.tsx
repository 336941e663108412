'use client';

import { Loader } from '@aws-amplify/ui-react';

/** A labelled progress bar; a client component so server routes can show it too. */
export function Busy({ label }: { label: string }) {
  return <Loader variation="linear" aria-label={label} />;
}
