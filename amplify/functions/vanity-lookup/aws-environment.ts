import type { AwsCredentials } from './sigv4';

/** The function's environment as Lambda (or the twin) gives it. */
export type FunctionEnv = Record<string, string | undefined>;

/** The names among `names` that the environment leaves unset or empty, in order. */
export function missingVariables(env: FunctionEnv, names: readonly string[]): string[] {
  return names.filter((name) => env[name] === undefined || env[name] === '');
}

/** The credentials of the function's role from its environment; a missing one names itself. */
export function readAwsCredentials(env: FunctionEnv): AwsCredentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(`the function's environment lacks ${missingVariables(env, ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']).join(', ')}`);
  }
  const sessionToken = env.AWS_SESSION_TOKEN;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/** The region the function runs in. */
export function readAwsRegion(env: FunctionEnv): string {
  const region = env.AWS_REGION;
  if (region === undefined || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new Error(`AWS_REGION must name a region, got ${JSON.stringify(region)}`);
  return region;
}

/**
 * Where a service's requests go: the SDKs' service-specific endpoint variable (`AWS_ENDPOINT_URL_<ID>`,
 * which the twin sets), then the global one, then the regional endpoint (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
 */
export function serviceEndpoint(env: FunctionEnv, endpointId: string, hostPrefix: string, region: string): URL {
  const configured = env[`AWS_ENDPOINT_URL_${endpointId}`] || env.AWS_ENDPOINT_URL;
  if (configured) return new URL(configured);
  return new URL(`https://${hostPrefix}.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}/`);
}
