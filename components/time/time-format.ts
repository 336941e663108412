import { isTimeZone } from '@/components/calls/time-zone';

/**
 * One way of writing times for the whole dashboard, in one time zone: the chart's axis, its summary
 * and table, the totals and the call list all read "Mon 30 Nov, 14:00" in the zone they name.
 */
export interface TimeFormat {
  /** The IANA zone ("Europe/London"). */
  timeZone: string;
  /** The zone as shown beside times: "Europe/London (GMT)". */
  zoneLabel: string;
  /** "Mon 30 Nov". */
  day: (date: Date) => string;
  /** "14:00". */
  hour: (date: Date) => string;
  /** "Mon 30 Nov, 14:00". */
  dayHour: (date: Date) => string;
  /** "Mon 30 Nov 2026, 14:05:09", for a single call. */
  instant: (date: Date) => string;
}

const LOCALE = 'en-GB';

function zoneName(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat(LOCALE, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** The dashboard's time format in `timeZone` (UTC if the runtime does not know it). */
export function timeFormat(timeZone: string, now = new Date()): TimeFormat {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const day = new Intl.DateTimeFormat(LOCALE, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
  const hour = new Intl.DateTimeFormat(LOCALE, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const year = new Intl.DateTimeFormat(LOCALE, { timeZone: zone, year: 'numeric' });
  const seconds = new Intl.DateTimeFormat(LOCALE, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const name = zoneName(zone, now);
  return {
    timeZone: zone,
    zoneLabel: name === zone ? zone : `${zone} (${name})`,
    day: (date) => day.format(date),
    hour: (date) => hour.format(date),
    dayHour: (date) => `${day.format(date)}, ${hour.format(date)}`,
    instant: (date) => `${day.format(date)} ${year.format(date)}, ${seconds.format(date)}`,
  };
}
