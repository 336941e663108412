'use client';

import { useTimeZone } from '@/components/time/use-time-zone';
import { formatRelative } from './format-call';
import { useNow } from './use-now';

/** When a call came in: relative for a glance, and the full time in the dashboard's zone for the record. */
export function CallTime({ iso }: { iso: string }) {
  const now = useNow();
  const { format } = useTimeZone();
  const at = new Date(iso);
  const absolute = Number.isNaN(at.getTime()) ? iso : format.instant(at);
  return (
    <time dateTime={iso} title={`${absolute} (${format.zoneLabel})`} className="call-time">
      <span className="call-time__relative">{formatRelative(iso, now)}</span>
      <span className="call-time__absolute">{absolute}</span>
    </time>
  );
}
