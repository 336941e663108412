import { memo, useState } from 'react';
import { Alert, Button, Loader } from '@aws-amplify/ui-react';
import type { CallFilters } from './call-filters';
import type { VanityCall } from './call-record';
import type { CallFeed } from './use-call-feed';
import { ExportCsvButton } from './export-csv-button';
import { CallBlocks } from './call-blocks';
import { CallRow } from './call-row';

/** The calls, newest first, with the empty, loading and error states a supervisor needs to trust it. */
export function CallList({ feed, filters, filtered }: { feed: CallFeed; filters: CallFilters; filtered: boolean }) {
  return (
    <section className="panel" aria-labelledby="calls-title" aria-busy={feed.loading}>
      <div className="panel__head">
        <h2 id="calls-title">Latest calls</h2>
        <span className="muted" aria-live="polite" data-testid="call-count">
          {feed.loading ? 'Loading…' : `${feed.calls.length}${feed.hasMore ? '+' : ''} shown`}
        </span>
        <ExportCsvButton filters={filters} />
      </div>
      {feed.error === null ? null : (
        <Alert variation="error" className="inline-error">
          <span>{feed.error} {feed.calls.length > 0 ? 'The calls below may be out of date.' : ''}</span>{' '}
          <Button size="small" onClick={feed.retry}>
            Try again
          </Button>
        </Alert>
      )}
      {feed.loading && feed.calls.length === 0 ? (
        <Loader variation="linear" aria-label="Loading calls" />
      ) : feed.calls.length === 0 && feed.error === null ? (
        <p className="empty" data-testid="empty-state">
          {feed.hasMore
            ? 'No match among the calls searched so far; older calls are still to search.'
            : filtered
              ? 'No calls match these filters.'
              : 'No calls yet. New calls appear here as soon as they are saved.'}
        </p>
      ) : (
        <CallRows calls={feed.calls} arrivedLive={feed.arrivedLive} />
      )}
      {feed.hasMore ? (
        <div className="load-more">
          <Button onClick={feed.loadMore} isLoading={feed.loadingMore} loadingText="Loading more calls…">
            {feed.calls.length === 0 ? 'Search older calls' : 'Load more'}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/**
 * The rows, a block per page (call-blocks.ts); memoised so that what else the dashboard redraws (a button's spinner,
 * the chart) leaves a long list alone. ARIA list roles, as a native list may hold nothing between it and its items:
 * the blocks are plain boxes, so screen readers and find-in-page still get every row as one list.
 */
const CallRows = memo(function CallRows({ calls, arrivedLive }: { calls: VanityCall[]; arrivedLive: ReadonlySet<string> }) {
  const [blocks] = useState(() => new CallBlocks());
  return (
    <div role="list" className="call-list" aria-label="Calls, newest first">
      {blocks.group(calls).map((block) => (
        <div key={block.key} className="call-block">
          {block.calls.map((call) => (
            <CallRow key={call.contactId} call={call} arrivedLive={arrivedLive.has(call.contactId)} />
          ))}
        </div>
      ))}
    </div>
  );
});
