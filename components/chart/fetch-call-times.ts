import { matchesFilters, serverFilter, type CallFilters } from '@/components/calls/call-filters';
import { dataClient, throwOnErrors } from '@/components/calls/data-client';
import type { CallStamp } from './call-stamps';

/** The calls in a window (when each started), and whether the cap cut the list short. */
export interface CallTimes {
  stamps: CallStamp[];
  truncated: boolean;
}

interface CallTime {
  contactId: string;
  callerNumber: string;
  vanityNumbers: (string | null)[];
  createdAt: string;
}

const PAGE_LIMIT = 1000;
/** Enough for a busy day per hour; beyond it the chart says it is partial rather than hang. */
const MAX_CALLS = 10_000;

/** Reads only the fields the chart and the filters need, for every call in [from, to]. */
export async function fetchCallTimes(filters: CallFilters, from: Date, to: Date): Promise<CallTimes> {
  const filter = serverFilter(filters);
  const stamps: CallStamp[] = [];
  let token: string | null = null;
  do {
    const page: { data: CallTime[]; errors?: { message: string }[]; nextToken?: string | null } = await dataClient().models.VanityCall.listCallsByDate(
      { kind: 'CALL', createdAt: { between: [from.toISOString(), to.toISOString()] } },
      {
        sortDirection: 'DESC',
        limit: PAGE_LIMIT,
        nextToken: token,
        selectionSet: ['contactId', 'callerNumber', 'vanityNumbers', 'createdAt'],
        ...(filter === undefined ? {} : { filter }),
      },
    );
    throwOnErrors(page.errors);
    for (const call of page.data) if (matchesFilters(call, filters)) stamps.push({ contactId: call.contactId, createdAt: call.createdAt });
    token = page.nextToken ?? null;
  } while (token !== null && stamps.length < MAX_CALLS);
  return { stamps, truncated: token !== null };
}
