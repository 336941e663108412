import { Badge } from '@aws-amplify/ui-react';
import type { VanityCall } from './call-record';
import { OUTCOMES } from './outcomes';

/** The call's outcome in words and colour (the words carry the meaning; colour only repeats it). */
export function OutcomeBadge({ outcome }: { outcome: VanityCall['outcome'] }) {
  const text = OUTCOMES[outcome];
  return (
    <Badge size="small" variation={text.variation} className="outcome">
      {text.label}
    </Badge>
  );
}
