import type { Construct } from 'constructs';
import type { BackendIdentity } from './flow-name';

const TYPES = ['branch', 'sandbox', 'standalone'] as const;

// Keys the Amplify deployer sets (@aws-amplify/platform-core's CDKContextKey).
const NAMESPACE = 'amplify-backend-namespace';
const NAME = 'amplify-backend-name';
const TYPE = 'amplify-backend-type';

/** True for a backend type the Amplify deployer uses. */
export function isBackendType(value: string): value is BackendIdentity['type'] {
  return TYPES.some((type) => type === value);
}

/** The CDK_CONTEXT_JSON that makes a synthesis read as `identity`, as ampx would set it. */
export function backendContextJson(identity: BackendIdentity): string {
  return JSON.stringify({ [NAMESPACE]: identity.namespace, [NAME]: identity.name, [TYPE]: identity.type });
}

/**
 * Reads which backend is being synthesised from the CDK context the Amplify deployer sets
 * (keys from @aws-amplify/platform-core's CDKContextKey).
 */
export function readBackendIdentity(scope: Construct): BackendIdentity {
  const read = (key: string): string => {
    const value: unknown = scope.node.tryGetContext(key);
    if (typeof value !== 'string' || value === '') {
      throw new Error(`CDK context "${key}" is missing: synthesise through ampx or npm run synth`);
    }
    return value;
  };
  const type = read(TYPE);
  if (!isBackendType(type)) throw new Error(`CDK context "${TYPE}" must be one of ${TYPES.join(', ')}; got "${type}"`);
  return { namespace: read(NAMESPACE), name: read(NAME), type };
}
