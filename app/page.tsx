import { CallsDashboard } from '@/components/calls/calls-dashboard';

// Rendered per request rather than prerendered: the dashboard reads its filters from the URL
// (useSearchParams), and a prerendered page would need a Suspense boundary for that, which streams
// the response; Amplify Hosting's SSR compute does not support streaming.
export const dynamic = 'force-dynamic';

/** The latest calls, live, with filters and the volume chart. */
export default function HomePage() {
  return <CallsDashboard />;
}
