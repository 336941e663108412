import { createHash } from 'node:crypto';

/** Where the flow is deployed from: Amplify's backend namespace (app id or project) and name (branch or sandbox). */
export interface BackendIdentity {
  namespace: string;
  name: string;
  type: 'branch' | 'sandbox' | 'standalone';
}

const MAX_LENGTH = 64;
const HASH_LENGTH = 8;
const UNSAFE = /[^A-Za-z0-9_-]/g;

/**
 * The contact flow's name: unique per backend, because flow names are unique per Connect instance
 * and every branch and sandbox deploys its own flow into the same instance. A name that needed a
 * character replaced or was shortened ends in a hash of the original, so `feature/a` and `feature-a`
 * (or two long names with the same start) never share a flow name.
 */
export function vanityFlowName(identity: Pick<BackendIdentity, 'namespace' | 'name'>): string {
  const full = `vanity-${identity.namespace}-${identity.name}`;
  const safe = full.replace(UNSAFE, '-');
  if (safe === full && safe.length <= MAX_LENGTH) return safe;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, HASH_LENGTH);
  return `${safe.slice(0, MAX_LENGTH - HASH_LENGTH - 1)}-${hash}`;
}
