import { createHash } from 'node:crypto';

/** Where the flow is deployed from: Amplify's backend namespace (app id or project) and name (branch or sandbox). */
export interface BackendIdentity {
  namespace: string;
  name: string;
  type: 'branch' | 'sandbox' | 'standalone';
}

const MAX_LENGTH = 64;
const HASH_LENGTH = 8;

/**
 * The contact flow's name: unique per backend, because flow names are unique per Connect instance
 * and every branch and sandbox deploys its own flow into the same instance. Long names keep a
 * readable start and end in a hash of the full name, so two long names never collide.
 */
export function vanityFlowName(identity: Pick<BackendIdentity, 'namespace' | 'name'>): string {
  const full = `vanity-${identity.namespace}-${identity.name}`.replace(/[^A-Za-z0-9_-]/g, '-');
  if (full.length <= MAX_LENGTH) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, HASH_LENGTH);
  return `${full.slice(0, MAX_LENGTH - HASH_LENGTH - 1)}-${hash}`;
}
