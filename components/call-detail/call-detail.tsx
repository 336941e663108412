'use client';

import Link from 'next/link';
import { Alert, Button, Loader } from '@aws-amplify/ui-react';
import { languageName } from '@/components/calls/call-language';
import { vanityNumbersOf } from '@/components/calls/call-record';
import { CallTime } from '@/components/calls/call-time';
import { useCallerNumberFormat } from '@/components/calls/use-caller-number-format';
import { OutcomeBadge } from '@/components/calls/outcome-badge';
import { OUTCOMES } from '@/components/calls/outcomes';
import { useTimeZone } from '@/components/time/use-time-zone';
import { identifiesCaller } from './caller-history';
import { heardLines } from './heard';
import { useCall } from './use-call';
import { VanityExplanation } from './vanity-explanation';

/** Everything recorded about one call, with each vanity number explained. */
export function CallDetail({ contactId }: { contactId: string }) {
  const { call, previous, loading, error, waiting, retry } = useCall(contactId);
  const formatCallerNumber = useCallerNumberFormat();
  const { format } = useTimeZone();
  if (loading && call === null) return <Loader variation="linear" aria-label="Loading the call" />;
  if (call === null) {
    return (
      <section className="panel" aria-labelledby="detail-title">
        <h1 id="detail-title">{error === null ? 'Call not found' : 'Call not available'}</h1>
        <p role={error === null ? undefined : 'alert'}>
          {error ??
            `No call has the contact id ${contactId} yet. A call the store was slow to take is saved from the save queue, usually within a minute; an old call may have expired.`}
        </p>
        {error === null ? (
          <p role="status" className="muted" data-testid="call-waiting">
            {waiting ? 'Waiting for it: this page shows the call as soon as it is saved.' : 'Stopped waiting after two minutes.'}
          </p>
        ) : null}
        <Button onClick={retry}>Try again</Button>
        <p>
          <Link href="/">Back to the latest calls</Link>
        </p>
      </section>
    );
  }
  const numbers = vanityNumbersOf(call);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <p>
        <Link href="/">← Latest calls</Link>
      </p>
      {error === null ? null : (
        <Alert variation="error" className="inline-error">
          {error} What is shown may be out of date.
        </Alert>
      )}
      <header className="panel detail__head">
        <h1 id="detail-title">
          Call from <span className="number">{formatCallerNumber(call.callerNumber, call.country)}</span>
        </h1>
        <OutcomeBadge outcome={call.outcome} />
        <dl className="facts">
          <dt>Outcome</dt>
          <dd>{OUTCOMES[call.outcome].explanation}</dd>
          <dt>When</dt>
          <dd>
            <CallTime iso={call.createdAt} />
          </dd>
          <dt>Caller number (as stored)</dt>
          <dd className="mono number">{call.callerNumber}</dd>
          <dt>Country</dt>
          <dd>{call.country ?? 'Unknown'}</dd>
          <dt>Answered in</dt>
          <dd data-testid="call-language">{call.language ? languageName(call.language) : 'Not recorded'}</dd>
          <dt>Contact id</dt>
          <dd className="mono">{call.contactId}</dd>
          <dt>Numbers spoken</dt>
          <dd>
            {call.spokenCount} of {numbers.length}
          </dd>
          <dt>Record expires</dt>
          <dd>{format.instant(new Date(call.expiresAt * 1000))}</dd>
        </dl>
      </header>
      <section className="panel" aria-labelledby="heard-title">
        <h2 id="heard-title">What the caller heard</h2>
        <ol className="transcript" data-testid="heard">
          {heardLines(call).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="explained-title">
        <h2 id="explained-title">Vanity numbers, best first</h2>
        {numbers.length === 0 ? (
          <p>No vanity numbers were recorded for this call.</p>
        ) : (
          <ol className="explain-list">
            {numbers.map((text, index) => (
              <VanityExplanation key={`${index}-${text}`} text={text} rank={index + 1} spoken={index < call.spokenCount} />
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="previous-title">
        <h2 id="previous-title">Earlier calls from this number</h2>
        {!identifiesCaller(call) ? (
          <p className="muted">
            The number was withheld or could not be read, so this call cannot be linked to any other: callers
            without a number are not one caller.
          </p>
        ) : previous.length === 0 ? (
          <p className="muted">None on record.</p>
        ) : (
          <ul className="previous">
            {previous.map((c) => (
              <li key={c.contactId}>
                <Link href={`/calls/${encodeURIComponent(c.contactId)}`}>{format.instant(new Date(c.createdAt))}</Link>{' '}
                <OutcomeBadge outcome={c.outcome} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
