'use client';

import { useCallback, useMemo, useState } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { filtersToSearch, hasFilters, parseFilters, type CallFilters } from './call-filters';
import type { VanityCall } from './call-record';
import { CallList } from './call-list';
import { FilterForm } from './filter-form';
import { LiveStatus } from './live-status';
import { useCallFeed } from './use-call-feed';
import { useCallerNumberFormat } from './use-caller-number-format';
import { useLiveCalls } from './use-live-calls';
import { CallTotals } from '@/components/chart/call-totals';
import { CallsChart } from '@/components/chart/calls-chart';
import type { Granularity } from '@/components/chart/bucket-calls';
import { useCallVolume } from '@/components/chart/use-call-volume';
import { TestCallSlot } from '@/components/test-call/test-call-slot';
import { useTimeZone } from '@/components/time/use-time-zone';

/** The supervisor's view: filters from the URL, the volume chart and the live list of calls. */
export function CallsDashboard() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const search = params.toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const [unit, setUnit] = useState<Granularity>('hour');
  const [announcement, setAnnouncement] = useState('');
  const { format } = useTimeZone();
  const formatCallerNumber = useCallerNumberFormat();

  const feed = useCallFeed(filters, format.timeZone);
  const volume = useCallVolume(filters, unit, format.timeZone);
  const { receive: listReceive } = feed;
  const { receive: chartReceive } = volume;
  const onCall = useCallback(
    (call: VanityCall) => {
      if (listReceive(call)) setAnnouncement(`New call from ${formatCallerNumber(call.callerNumber, call.country)}`);
      chartReceive(call);
    },
    [listReceive, chartReceive, formatCallerNumber],
  );
  const live = useLiveCalls(onCall);

  const applyFilters = useCallback(
    (next: CallFilters) => router.replace(`${pathname}${filtersToSearch(next)}`, { scroll: false }),
    [router, pathname],
  );

  return (
    <div className="dashboard">
      <div className="dashboard__title">
        <h1>Calls</h1>
        <LiveStatus state={live.state} error={live.error} />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      <FilterForm filters={filters} onApply={applyFilters} />
      <div className="dashboard__grid">
        <CallList feed={feed} filters={filters} filtered={hasFilters(filters)} />
        <aside className="dashboard__side" aria-label="Totals, call volume and test calls">
          <CallTotals
            totals={volume.totals}
            period={volume.period}
            format={format}
            narrowed={volume.source === 'calls'}
            loading={volume.loading}
          />
          <CallsChart
            buckets={volume.buckets}
            period={volume.period}
            outcome={filters.outcome}
            unit={unit}
            format={format}
            onUnitChange={setUnit}
            loading={volume.loading}
            truncated={volume.truncated}
            error={volume.error}
          />
          <TestCallSlot />
        </aside>
      </div>
    </div>
  );
}
