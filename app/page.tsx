import { Suspense } from 'react';
import { Busy } from '@/components/layout/busy';
import { CallsDashboard } from '@/components/calls/calls-dashboard';

/** The latest calls, live, with filters and the volume chart. */
export default function HomePage() {
  return (
    <Suspense fallback={<Busy label="Loading the dashboard" />}>
      <CallsDashboard />
    </Suspense>
  );
}
