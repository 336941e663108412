import { Busy } from '@/components/layout/busy';

/** Shown while a route's server part renders. */
export default function Loading() {
  return <Busy label="Loading" />;
}
