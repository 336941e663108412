import type { TimeFormat } from '@/components/time/time-format';
import { vanityNumbersOf, type CallSummary } from './call-record';
import { OUTCOMES } from './outcomes';

const MAX_VANITY_COLUMNS = 5;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell a spreadsheet would
 * run as a formula (=, @, +/- before a non-digit, tab, CR) gets a leading apostrophe: caller numbers
 * that could not be read are stored as the network sent them.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=@\t\r]/.test(text) || /^[+-][^\d]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The calls as a CSV file a spreadsheet opens: one row per call, times in UTC and in the zone shown. */
export function callsToCsv(calls: readonly CallSummary[], format: TimeFormat): string {
  const header = [
    'Contact id',
    'Started (UTC)',
    `Started (${format.timeZone})`,
    'Caller number',
    'Country',
    'Outcome',
    'Heard vanity numbers',
    'Numbers spoken',
    ...Array.from({ length: MAX_VANITY_COLUMNS }, (_, i) => `Vanity number ${i + 1}`),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const call of calls) {
    const numbers = vanityNumbersOf(call);
    const at = new Date(call.createdAt);
    lines.push(
      [
        call.contactId,
        call.createdAt,
        Number.isNaN(at.getTime()) ? '' : format.instant(at),
        call.callerNumber,
        call.country ?? '',
        OUTCOMES[call.outcome].label,
        call.spokenCount > 0 ? 'yes' : 'no',
        call.spokenCount,
        ...Array.from({ length: MAX_VANITY_COLUMNS }, (_, i) => numbers[i] ?? ''),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
