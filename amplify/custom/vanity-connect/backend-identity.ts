import type { Construct } from 'constructs';
import type { BackendIdentity } from './flow-name';

const TYPES = ['branch', 'sandbox', 'standalone'] as const;

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
  const type = read('amplify-backend-type');
  const known = TYPES.find((candidate) => candidate === type);
  if (known === undefined) throw new Error(`CDK context "amplify-backend-type" must be one of ${TYPES.join(', ')}; got "${type}"`);
  return { namespace: read('amplify-backend-namespace'), name: read('amplify-backend-name'), type: known };
}
