import Link from 'next/link';
import { memo } from 'react';
import { languageName } from './call-language';
import { vanityNumbersOf, type VanityCall } from './call-record';
import { CallTime } from './call-time';
import { OutcomeBadge } from './outcome-badge';
import { useCallerNumberFormat } from './use-caller-number-format';
import { VanityNumberList } from './vanity-number-list';

/**
 * One call in the list: who, when, how it went, and what they heard; calls that just arrived stand out.
 * Memoised: a new page or a live call renders its own rows, not the hundreds already shown.
 */
export const CallRow = memo(function CallRow({ call, arrivedLive }: { call: VanityCall; arrivedLive: boolean }) {
  const caller = useCallerNumberFormat()(call.callerNumber, call.country);
  return (
    <div
      role="listitem"
      className={arrivedLive ? 'call-row call-row--new' : 'call-row'}
      data-testid="call-row"
      data-contact-id={call.contactId}
    >
      <div className="call-row__who">
        <Link href={`/calls/${encodeURIComponent(call.contactId)}`} className="call-row__caller">
          <span className="visually-hidden">Call from </span>
          {caller}
        </Link>
        {call.country ? <span className="call-row__country">{call.country}</span> : null}
        {call.language ? (
          <span className="call-row__language" data-testid="call-language">
            <span className="visually-hidden">Answered in </span>
            {languageName(call.language)}
          </span>
        ) : null}
      </div>
      <CallTime iso={call.createdAt} />
      <OutcomeBadge outcome={call.outcome} />
      <VanityNumberList numbers={vanityNumbersOf(call)} spokenCount={call.spokenCount} />
    </div>
  );
});
