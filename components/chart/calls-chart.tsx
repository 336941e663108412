'use client';

import { useMemo, useState } from 'react';
import { Alert, Loader, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, ToggleButtonGroup } from '@aws-amplify/ui-react';
import { CALL_OUTCOMES, type CallOutcome } from '@/components/calls/call-filters';
import { zoneOffsetMs } from '@/components/calls/time-zone';
import { OUTCOMES } from '@/components/calls/outcomes';
import type { TimeFormat } from '@/components/time/time-format';
import { BarChart, type BarSeries, type ChartBar } from './bar-chart';
import { DAY_STRIDES, HOUR_STRIDES } from './chart-scale';
import { OUTCOME_COUNT, type CountBucket } from './count-rows';
import { describeVolume, periodLabel } from './describe-volume';

type Unit = 'hour' | 'day';

function seriesOf(outcome: CallOutcome): BarSeries {
  return { name: OUTCOMES[outcome].label, className: `bar bar--${outcome.toLowerCase().replace(/_/g, '-')}` };
}

const BY_OUTCOME: readonly BarSeries[] = CALL_OUTCOMES.map(seriesOf);

const HOUR_MS = 3_600_000;

/** "5 Nov" from "Thu 5 Nov": the axis has little room, the table and tooltip keep the weekday. */
function shortDay(start: Date, format: TimeFormat): string {
  return format.day(start).replace(/^\S+ /, '');
}

/** Hours are labelled by the clock and midnight by its day, so a two-day axis cannot be misread. */
function axisLabel(start: Date, unit: Unit, format: TimeFormat): string {
  if (unit === 'day') return shortDay(start, format);
  const hour = format.hour(start);
  return hour === '00:00' ? shortDay(start, format) : hour;
}

/** Hours or days since the epoch on the zone's clock, so labels fall on 06:00, 12:00, midnight. */
function anchorOf(start: Date, unit: Unit, index: number, timeZone: string): number {
  if (unit === 'day') return index;
  return Math.round((start.getTime() + zoneOffsetMs(start.getTime(), timeZone)) / HOUR_MS);
}

/** Calls over time as SVG bars, with a text summary and a table for people who cannot see the chart. */
export function CallsChart({
  buckets,
  period,
  outcome,
  unit,
  onUnitChange,
  format,
  loading,
  truncated,
  error,
}: {
  buckets: readonly CountBucket[];
  /** What the bars cover, [from, to). */
  period: { from: Date; to: Date };
  /** The outcome filter: bars show that outcome alone, else every outcome stacked. */
  outcome: CallOutcome | '';
  unit: Unit;
  onUnitChange: (unit: Unit) => void;
  format: TimeFormat;
  loading: boolean;
  truncated: boolean;
  error: string | null;
}) {
  const byOutcome = outcome === '';
  const bars = useMemo<ChartBar[]>(
    () =>
      buckets.map((bucket, index) => ({
        key: bucket.start.toISOString(),
        title: periodLabel(bucket.start, unit, format),
        tick: axisLabel(bucket.start, unit, format),
        anchor: anchorOf(bucket.start, unit, index, format.timeZone),
        values: byOutcome ? CALL_OUTCOMES.map((o) => bucket.counts[OUTCOME_COUNT[o]]) : [bucket.count],
      })),
    [buckets, unit, format, byOutcome],
  );
  const summary = describeVolume(buckets, unit, format);
  let shown = 0;
  for (const bucket of buckets) shown += bucket.count;
  const series = useMemo(() => (outcome === '' ? BY_OUTCOME : [seriesOf(outcome)]), [outcome]);
  // A year of hours is 8,760 rows: built only while someone reads them.
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <section
      className="panel chart"
      aria-labelledby="chart-title"
      data-testid="calls-chart"
      data-loading={loading}
      data-shown={shown}
      data-unit={unit}
      data-from={period.from.toISOString()}
      data-to={period.to.toISOString()}
    >
      <div className="panel__head">
        <h2 id="chart-title">Calls per {unit}</h2>
        <ToggleButtonGroup
          value={unit}
          isExclusive
          isSelectionRequired
          size="small"
          onChange={(value) => onUnitChange(value === 'day' ? 'day' : 'hour')}
          aria-label="Count calls per"
        >
          <ToggleButton value="hour">Per hour</ToggleButton>
          <ToggleButton value="day">Per day</ToggleButton>
        </ToggleButtonGroup>
      </div>
      <figure className="chart__figure">
        <div className="chart__plot" aria-hidden="true">
          {loading && buckets.every((b) => b.count === 0) ? <Loader variation="linear" /> : <BarChart bars={bars} series={series} strides={unit === 'hour' ? HOUR_STRIDES : DAY_STRIDES} />}
        </div>
        {series.length > 1 ? (
          <ul className="chart__legend" aria-hidden="true">
            {series.map((s) => (
              <li key={s.name}>
                <span className={`chart__swatch ${s.className}`} />
                {s.name}
              </li>
            ))}
          </ul>
        ) : null}
        <figcaption className="chart__summary" data-testid="chart-summary">
          {summary}
          {truncated ? ' Only the most recent 10,000 calls are counted.' : ''} Times in {format.zoneLabel}.
        </figcaption>
      </figure>
      {error === null ? null : (
        <Alert variation="warning" className="inline-error" role="status">
          Chart not updated: {error}
        </Alert>
      )}
      <details className="chart__table" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>Show the numbers as a table</summary>
        {tableOpen ? (
          <Table size="small" variation="striped" caption={`Calls per ${unit}, times in ${format.zoneLabel}`}>
            <TableHead>
              <TableRow>
                <TableCell as="th" scope="col">
                  {unit === 'hour' ? 'Hour starting' : 'Day'}
                </TableCell>
                <TableCell as="th" scope="col">
                  Calls
                </TableCell>
                {byOutcome
                  ? BY_OUTCOME.map((s) => (
                      <TableCell as="th" scope="col" key={s.name}>
                        {s.name}
                      </TableCell>
                    ))
                  : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {bars.map((bar, index) => (
                <TableRow key={bar.key}>
                  <TableCell>
                    <time dateTime={bar.key}>{bar.title}</time>
                  </TableCell>
                  <TableCell>{buckets[index]?.count ?? 0}</TableCell>
                  {byOutcome ? bar.values.map((value, i) => <TableCell key={CALL_OUTCOMES[i]}>{value}</TableCell>) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </details>
    </section>
  );
}
