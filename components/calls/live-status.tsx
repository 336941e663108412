import type { LiveState } from './use-live-calls';

const TEXT: Record<LiveState, string> = {
  connecting: 'Connecting to live updates…',
  live: 'Live',
  interrupted: 'Live updates interrupted; reconnecting…',
  off: 'Live updates off',
};

/** Whether new calls are arriving live, said in words next to a coloured dot. */
export function LiveStatus({ state, error }: { state: LiveState; error: string | null }) {
  const healthy = error === null && state === 'live';
  return (
    <span className={healthy ? 'live live--on' : 'live live--off'} role="status" data-state={error === null ? state : 'error'}>
      <span className="live__dot" aria-hidden="true" /> {error ?? TEXT[state]}
    </span>
  );
}
