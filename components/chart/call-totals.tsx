'use client';

import { Table, TableBody, TableCell, TableHead, TableRow } from '@aws-amplify/ui-react';
import { CALL_OUTCOMES } from '@/components/calls/call-filters';
import { OUTCOMES } from '@/components/calls/outcomes';
import type { TimeFormat } from '@/components/time/time-format';
import { OUTCOME_COUNT, type OutcomeCounts } from './count-rows';
import { formatShare } from './share';

const number = (n: number) => n.toLocaleString('en-GB');

/**
 * The figures supervisors ask for over the chosen range: calls, the share of callers who heard
 * vanity numbers, and each outcome's count and share, as Connect's historical metrics give them.
 */
export function CallTotals({
  totals,
  period,
  format,
  narrowed,
  loading,
}: {
  totals: OutcomeCounts;
  period: { from: Date; to: Date };
  format: TimeFormat;
  /** True when a caller or word filter narrows the calls counted. */
  narrowed: boolean;
  loading: boolean;
}) {
  return (
    <section className="panel totals" aria-labelledby="totals-title" aria-busy={loading}>
      <h2 id="totals-title">Totals</h2>
      <p className="totals__range muted" data-testid="totals-range">
        {format.dayHour(period.from)} to {format.dayHour(period.to)}, {format.zoneLabel}
        {narrowed ? '; calls matching the caller or word filter' : ''}
      </p>
      <dl className="totals__figures" data-testid="totals">
        <div>
          <dt>Calls</dt>
          <dd>{number(totals.total)}</dd>
        </div>
        <div>
          <dt>Heard vanity numbers</dt>
          <dd>
            {number(totals.heard)} <span className="totals__share">({formatShare(totals.heard, totals.total)})</span>
          </dd>
        </div>
      </dl>
      <Table size="small" caption="Calls by outcome" className="totals__table">
        <TableHead>
          <TableRow>
            <TableCell as="th" scope="col">
              Outcome
            </TableCell>
            <TableCell as="th" scope="col">
              Calls
            </TableCell>
            <TableCell as="th" scope="col">
              Share
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {CALL_OUTCOMES.map((outcome) => {
            const count = totals[OUTCOME_COUNT[outcome]];
            return (
              <TableRow key={outcome}>
                <TableCell as="th" scope="row">
                  {OUTCOMES[outcome].label}
                </TableCell>
                <TableCell>{number(count)}</TableCell>
                <TableCell>{formatShare(count, totals.total)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
