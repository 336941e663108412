'use client';

import { useMemo, useState } from 'react';
import { Loader, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, ToggleButtonGroup } from '@aws-amplify/ui-react';
import type { VanityCall } from '@/components/calls/call-record';
import { OUTCOMES } from '@/components/calls/outcomes';
import type { TimeFormat } from '@/components/time/time-format';
import { BarChart, type BarSeries, type ChartBar } from './bar-chart';
import { describeVolume, periodLabel } from './describe-volume';

type Outcome = VanityCall['outcome'];
type Unit = 'hour' | 'day';

/** One bar's worth of calls: when, how many, and (when the counts carry it) how many of each outcome. */
export interface VolumePeriod {
  start: Date;
  end: Date;
  count: number;
  byOutcome?: Readonly<Record<Outcome, number>>;
}

const OUTCOME_ORDER = Object.keys(OUTCOMES) as Outcome[];
const ALL_CALLS: readonly BarSeries[] = [{ name: 'Calls', className: 'bar bar--all' }];
const BY_OUTCOME: readonly BarSeries[] = OUTCOME_ORDER.map((outcome) => ({
  name: OUTCOMES[outcome].label,
  className: `bar bar--${outcome.toLowerCase().replace(/_/g, '-')}`,
}));

function axisLabel(start: Date, unit: Unit, format: TimeFormat, previous: Date | undefined): string {
  if (unit === 'day') return format.day(start).replace(/^\w+ /, '');
  // Hours say their day where the day changes, so a 48-hour axis cannot be misread.
  return previous === undefined || format.day(previous) !== format.day(start) ? format.dayHour(start) : format.hour(start);
}

/** Calls over time as SVG bars, with a text summary and a table for people who cannot see the chart. */
export function CallsChart({
  periods,
  unit,
  onUnitChange,
  format,
  loading,
  truncated,
  error,
}: {
  periods: readonly VolumePeriod[];
  unit: Unit;
  onUnitChange: (unit: Unit) => void;
  format: TimeFormat;
  loading: boolean;
  truncated: boolean;
  error: string | null;
}) {
  const byOutcome = periods.length > 0 && periods.every((p) => p.byOutcome !== undefined);
  const bars = useMemo<ChartBar[]>(
    () =>
      periods.map((period, index) => ({
        key: period.start.toISOString(),
        title: periodLabel(period.start, unit, format),
        tick: axisLabel(period.start, unit, format, periods[index - 1]?.start),
        values: byOutcome ? OUTCOME_ORDER.map((o) => period.byOutcome?.[o] ?? 0) : [period.count],
      })),
    [periods, unit, format, byOutcome],
  );
  const summary = describeVolume(periods, unit, format);
  const series = byOutcome ? BY_OUTCOME : ALL_CALLS;
  // A year of hours is 8,760 rows: built only while someone reads them.
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <section className="panel chart" aria-labelledby="chart-title">
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
          {loading && periods.every((p) => p.count === 0) ? <Loader variation="linear" /> : <BarChart bars={bars} series={series} />}
        </div>
        {byOutcome ? (
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
        <p className="inline-error" role="status">
          Chart not updated: {error}
        </p>
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
                  <TableCell>{periods[index]?.count ?? 0}</TableCell>
                  {byOutcome ? bar.values.map((value, i) => <TableCell key={OUTCOME_ORDER[i]}>{value}</TableCell>) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </details>
    </section>
  );
}
