'use client';

import { useSyncExternalStore } from 'react';

/** Writes a stored caller number for people to read. */
export type CallerNumberFormat = (callerNumber: string, country?: string | null) => string;

const asStored: CallerNumberFormat = (callerNumber) => callerNumber;
let current: CallerNumberFormat = asStored;
let loading: Promise<CallerNumberFormat> | null = null;
const listeners = new Set<() => void>();

/**
 * Loads the numbering plans (libphonenumber's metadata, 29 KB gzipped, a third of the page's own code)
 * beside the first page of calls instead of before the page can start: a view asks for both at once
 * and the rules are in long before the calls are.
 */
function loadCallerNumberFormat(): Promise<CallerNumberFormat> {
  loading ??= import('./caller-number-format').then(
    (module) => {
      current = module.formatCallerNumber;
      for (const notify of listeners) notify();
      return current;
    },
    () => {
      // Numbers stay readable as stored; the next view tries again.
      loading = null;
      return asStored;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadCallerNumberFormat();
  return () => listeners.delete(listener);
}

/** The caller-number format: as stored (E.164) for the moment the rules take to load, then as people write it. */
export function useCallerNumberFormat(): CallerNumberFormat {
  return useSyncExternalStore(subscribe, () => current, () => asStored);
}
