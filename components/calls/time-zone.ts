/** The browser's own IANA time zone ("Europe/London"); the dashboard's default. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    // hourCycle h23: midnight is 00, not 24.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True when the runtime knows the zone, so a bad ?tz= in a link is dropped rather than thrown on. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a zone. */
function zonedParts(at: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms (+1 h for Paris in winter). */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a calendar day starts in a zone (its first wall-clock moment: 00:00, or 01:00 where a
 * DST change skips midnight). Month and day may overflow (day 32 is the next month's 1st).
 */
export function zonedDayStart(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  let at = wall - zoneOffsetMs(wall, timeZone);
  // The offset at the guess may differ from the offset at the answer (a DST change that day).
  at = wall - zoneOffsetMs(at, timeZone);
  const parts = zonedParts(at, timeZone);
  if (Date.UTC(parts.year, parts.month - 1, parts.day) < wall) at += 3_600_000;
  return at;
}

/** The start of the zoned day containing an instant. */
export function zonedDayStartOf(at: number, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  return zonedDayStart(p.year, p.month, p.day, timeZone);
}

/** The start of the next zoned day after the one starting at `dayStart`. */
export function nextZonedDayStart(dayStart: number, timeZone: string): number {
  const p = zonedParts(dayStart, timeZone);
  return zonedDayStart(p.year, p.month, p.day + 1, timeZone);
}
