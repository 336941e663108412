'use client';

import { memo } from 'react';
import { labelStride, niceTicks, roundStride } from './chart-scale';
import { useElementWidth } from './use-element-width';

/** One stacked series of the chart (an outcome, or all calls), drawn in the colour its class sets. */
export interface BarSeries {
  name: string;
  className: string;
}

/** One bar: its values per series (stacked in series order), its tooltip and its axis label. */
export interface ChartBar {
  key: string;
  /** The whole time the bar stands for, in the dashboard's format ("Mon 30 Nov, 14:00"). */
  title: string;
  /** The axis label, shown when there is room for it. */
  tick: string;
  /** The bar's place on the clock (hours or days since the epoch, in the zone shown): labels go where it divides by the stride. */
  anchor: number;
  values: readonly number[];
}

const HEIGHT = 220;
const MARGIN = { top: 10, right: 8, bottom: 26, left: 48 };
const TICK_LABEL_PX = 52;

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function compact(value: number): string {
  return new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/**
 * Calls over time as stacked bars drawn in SVG: whole-number value axis, labels thinned to the width
 * the plot has, a native tooltip per bar. Decorative for assistive technology, which reads the
 * summary and table the chart panel gives beside it.
 */
export const BarChart = memo(function BarChart({
  bars,
  series,
  strides,
}: {
  bars: readonly ChartBar[];
  series: readonly BarSeries[];
  /** The label strides that read as round times for these bars (chart-scale.ts). */
  strides: readonly number[];
}) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  let max = 0;
  for (const bar of bars) max = Math.max(max, sum(bar.values));
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const slot = bars.length === 0 ? 0 : plotWidth / bars.length;
  const gap = slot >= 6 ? Math.min(6, slot * 0.2) : 0;
  const stride = roundStride(labelStride(bars.length, plotWidth, TICK_LABEL_PX), strides);
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;

  return (
    <div ref={box} className="bar-chart">
      {width === 0 ? null : (
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="presentation" focusable="false">
          <g className="bar-chart__grid">
            {ticks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
                <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                  {compact(tick)}
                </text>
              </g>
            ))}
          </g>
          {bars.map((bar, index) => {
            const x = MARGIN.left + index * slot + gap / 2;
            const total = sum(bar.values);
            let base = 0;
            return (
              <g key={bar.key} className="bar-chart__bar">
                <title>{`${bar.title}: ${total} ${total === 1 ? 'call' : 'calls'}${series.length > 1 ? ` (${series.map((s, i) => `${s.name} ${bar.values[i] ?? 0}`).join(', ')})` : ''}`}</title>
                {/* A transparent full-height target, so the tooltip is there for short and empty bars too. */}
                <rect className="bar-chart__target" x={x - gap / 2} width={slot} y={MARGIN.top} height={plotHeight} />
                {series.map((s, i) => {
                  const value = bar.values[i] ?? 0;
                  if (value <= 0) return null;
                  const from = base;
                  base += value;
                  return <rect key={s.name} className={s.className} x={x} width={Math.max(1, slot - gap)} y={y(base)} height={y(from) - y(base)} />;
                })}
                {bar.anchor % stride === 0 ? (
                  <text className="bar-chart__tick" x={x + (slot - gap) / 2} y={HEIGHT - 8} textAnchor="middle">
                    {bar.tick}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line className="bar-chart__axis" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} />
        </svg>
      )}
    </div>
  );
});
