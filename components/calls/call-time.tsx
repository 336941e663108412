'use client';

import { formatAbsolute, formatRelative } from './format-call';
import { useNow } from './use-now';

/** When a call came in: relative for a glance, absolute on the element for the record. */
export function CallTime({ iso }: { iso: string }) {
  const now = useNow();
  const absolute = formatAbsolute(iso);
  return (
    <time dateTime={iso} title={absolute} className="call-time">
      <span className="call-time__relative">{formatRelative(iso, now)}</span>
      <span className="call-time__absolute">{absolute}</span>
    </time>
  );
}
