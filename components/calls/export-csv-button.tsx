'use client';

import { useState } from 'react';
import { Button } from '@aws-amplify/ui-react';
import { useTimeZone } from '@/components/time/use-time-zone';
import type { CallFilters } from './call-filters';
import type { VanityCall } from './call-record';
import { callsToCsv } from './calls-csv';
import { describeFailure } from './data-client';
import { fetchCallsPage, type CallsCursor } from './fetch-calls';

const EXPORT_PAGE = 1000;
/** A spreadsheet's worth; past it the file says it stops and the dates narrow the view. */
const MAX_EXPORT = 50_000;

function fileName(filters: CallFilters): string {
  const span = [filters.from, filters.to].filter((day) => day !== '').join('-to-');
  return `calls${span === '' ? '' : `-${span}`}.csv`;
}

function download(text: string, name: string): void {
  // The byte-order mark makes Excel read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads every call the filters select (not only the rows loaded so far) as CSV. */
export function ExportCsvButton({ filters }: { filters: CallFilters }) {
  const { format } = useTimeZone();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState('');

  const run = async () => {
    setProgress(0);
    setMessage('');
    const calls: VanityCall[] = [];
    let cursor: CallsCursor | null = null;
    try {
      do {
        const page = await fetchCallsPage(filters, EXPORT_PAGE, cursor, format.timeZone);
        calls.push(...page.calls);
        cursor = page.next;
        setProgress(calls.length);
      } while (cursor !== null && calls.length < MAX_EXPORT);
      download(callsToCsv(calls, format), fileName(filters));
      setMessage(
        cursor === null
          ? `Downloaded ${calls.length.toLocaleString('en-GB')} calls.`
          : `Downloaded the newest ${calls.length.toLocaleString('en-GB')} calls; narrow the dates for the rest.`,
      );
    } catch (failure) {
      setMessage(`Export failed: ${describeFailure(failure)}`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <span className="export">
      <Button
        size="small"
        onClick={() => void run()}
        isLoading={progress !== null}
        loadingText={`Exporting… ${(progress ?? 0).toLocaleString('en-GB')}`}
      >
        Download CSV
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {message}
      </span>
    </span>
  );
}
