'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ToggleButton, ToggleButtonGroup, Loader } from '@aws-amplify/ui-react';
import { describeBuckets, type CallBucket, type Granularity } from './bucket-calls';

function bucketLabel(start: Date, unit: Granularity): string {
  return unit === 'hour'
    ? start.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : start.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** Calls over time as bars, with a text summary and a table for people who cannot see the chart. */
export function CallsChart({
  buckets,
  unit,
  onUnitChange,
  loading,
  truncated,
  error,
}: {
  buckets: CallBucket[];
  unit: Granularity;
  onUnitChange: (unit: Granularity) => void;
  loading: boolean;
  truncated: boolean;
  error: string | null;
}) {
  const data = buckets.map((b) => ({ label: bucketLabel(b.start, unit), calls: b.count, start: b.start.toISOString() }));
  const summary = describeBuckets(buckets, unit);
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
          {loading && buckets.every((b) => b.count === 0) ? (
            <Loader variation="linear" />
          ) : (
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Bar dataKey="calls" name="Calls" fill="#0b3d91" radius={[3, 3, 0, 0]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          )}
        </div>
        <figcaption className="chart__summary" data-testid="chart-summary">
          {summary}
          {truncated ? ' Only the most recent 10,000 calls are counted.' : ''}
        </figcaption>
      </figure>
      {error === null ? null : (
        <p className="inline-error" role="status">
          Chart not updated: {error}
        </p>
      )}
      <details className="chart__table">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption className="visually-hidden">Calls per {unit}</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'hour' ? 'Hour starting' : 'Day'}</th>
              <th scope="col">Calls</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start.toISOString()}>
                <td>
                  <time dateTime={b.start.toISOString()}>{b.start.toLocaleString()}</time>
                </td>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
