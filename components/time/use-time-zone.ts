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

// The zone in force, read once and again only after a change. React asks every subscriber for it on each
// render, a thousand rows' times included; reading storage and building an Intl.DateTimeFormat (to learn the
// browser's zone) each time made a "Load more" at 1,000 rows spend most of its time here.
let zoneInForce: string | null = null;

function changed(): void {
  zoneInForce = null;
  for (const notify of listeners) notify();
}

function onStorage(event: StorageEvent): void {
  // Another tab of this dashboard chose a zone.
  if (event.key === STORAGE_KEY || event.key === null) changed();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function snapshot(): string {
  zoneInForce ??= stored();
  return zoneInForce;
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
  const zone = useSyncExternalStore(subscribe, snapshot, () => 'UTC');
  const format = formatFor(zone);
  const setTimeZone = useCallback((next: string) => {
    if (!isTimeZone(next)) return;
    try {
      if (next === browserTimeZone()) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      return;
    }
    changed();
  }, []);
  return { format, setTimeZone };
}
