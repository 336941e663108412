'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { browserTimeZone, isTimeZone } from '@/components/calls/time-zone';
import { timeFormat, type TimeFormat } from './time-format';

const STORAGE_KEY = 'foundry-connect.time-zone';
const listeners = new Set<() => void>();
// Every row on the page shows a time: they share one set of Intl formatters per zone.
const formats = new Map<string, TimeFormat>();

function formatFor(zone: string): TimeFormat {
  let format = formats.get(zone);
  if (format === undefined) {
    format = timeFormat(zone);
    formats.set(zone, format);
  }
  return format;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function stored(): string {
  try {
    const zone = window.localStorage.getItem(STORAGE_KEY);
    return zone !== null && isTimeZone(zone) ? zone : browserTimeZone();
  } catch {
    // Storage can be off (private windows, policies): the browser's own zone still works.
    return browserTimeZone();
  }
}

/**
 * The time zone the supervisor reads times in (this browser's unless they chose another), kept per
 * browser, and the way to change it: every chart, total and list on the page follows at once.
 */
export function useTimeZone(): { format: TimeFormat; setTimeZone: (zone: string) => void } {
  const zone = useSyncExternalStore(subscribe, stored, () => 'UTC');
  const format = formatFor(zone);
  const setTimeZone = useCallback((next: string) => {
    if (!isTimeZone(next)) return;
    try {
      if (next === browserTimeZone()) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      return;
    }
    for (const notify of listeners) notify();
  }, []);
  return { format, setTimeZone };
}
