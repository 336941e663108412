import { Badge } from '@aws-amplify/ui-react';
import type { VanityCall } from './call-record';

const LABELS: Record<VanityCall['outcome'], { text: string; variation: 'success' | 'info' | 'warning' | 'error' }> = {
  OK: { text: 'Vanity numbers spoken', variation: 'success' },
  NO_WORDS: { text: 'No words fit', variation: 'info' },
  NO_USABLE_NUMBER: { text: 'No usable number', variation: 'warning' },
  ERROR: { text: 'Error', variation: 'error' },
};

/** The call's outcome in words and colour (the words carry the meaning; colour only repeats it). */
export function OutcomeBadge({ outcome }: { outcome: VanityCall['outcome'] }) {
  const label = LABELS[outcome];
  return (
    <Badge size="small" variation={label.variation} className="outcome">
      {label.text}
    </Badge>
  );
}
