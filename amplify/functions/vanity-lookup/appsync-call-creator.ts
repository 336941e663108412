import type { VanityCallRecord } from './call-record';
import type { VanityCallCreator } from './amplify-call-writer';
import { signRequest, type AwsCredentials } from './sigv4';
import { missingVariables, readAwsCredentials, type FunctionEnv } from './aws-environment';

/**
 * Every field of VanityCall. AppSync hands subscribers only the fields the mutation selected, so the
 * dashboard's onCreate subscription sees a new call whole only if the create selects all of them.
 */
export const VANITY_CALL_FIELDS = [
  'contactId', 'callerNumber', 'country', 'vanityNumbers', 'spokenCount', 'outcome', 'language', 'kind', 'createdAt', 'expiresAt', 'updatedAt',
] as const;

const CREATE_VANITY_CALL = `mutation CreateVanityCall($input: CreateVanityCallInput!) {
  createVanityCall(input: $input) { ${VANITY_CALL_FIELDS.join(' ')} }
}`;

/** Where and as whom the function calls the data API. */
export interface AppSyncTarget {
  endpoint: string;
  region: string;
  credentials: AwsCredentials;
}

interface GraphQLResponse {
  errors?: { message: string; errorType?: string }[];
}

/** Thrown when AppSync answers with something other than a GraphQL response. */
export class AppSyncHttpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppSyncHttpError';
  }
}

/**
 * A POST that fails before any answer (fetch rejects: a kept-alive socket the server had already
 * closed, a reset) is sent again, as the AWS SDKs' standard retry mode does for connection errors. The
 * create is safe to repeat: a second one that meets the first's row is "already exists", a saved call.
 * The caller's save budget bounds the whole.
 */
const CONNECTION_ATTEMPTS = 3;
const connectionBackoffMs = (attempt: number): number => Math.random() * 40 * 2 ** attempt;

/**
 * Creates VanityCall records with one IAM-signed POST to AppSync, the mutation the Amplify Data
 * client would send. It replaces that client in the function: the client (aws-amplify with its S3
 * fetch of the model schema) was most of the bundle and most of the cold start, for one mutation.
 */
export function createAppSyncCallCreator(
  target: AppSyncTarget,
  fetchImpl: typeof fetch = fetch,
  now: () => Date = () => new Date(),
  backoffMs: (attempt: number) => number = connectionBackoffMs,
): VanityCallCreator {
  const url = new URL(target.endpoint);
  async function post(body: string): Promise<Response> {
    for (let attempt = 1; ; attempt += 1) {
      const headers = signRequest({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body }, target.region, 'appsync', target.credentials, now());
      try {
        return await fetchImpl(url, { method: 'POST', headers, body });
      } catch (error) {
        if (attempt >= CONNECTION_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
      }
    }
  }
  return {
    models: {
      VanityCall: {
        async create(input: VanityCallRecord) {
          const body = JSON.stringify({ query: CREATE_VANITY_CALL, variables: { input } });
          const response = await post(body);
          const text = await response.text();
          let parsed: GraphQLResponse;
          try {
            parsed = JSON.parse(text) as GraphQLResponse;
          } catch {
            throw new AppSyncHttpError(`AppSync answered ${response.status} with no GraphQL response: ${text.slice(0, 200)}`);
          }
          // AppSync reports authorization and validation failures as GraphQL errors, often with a 4xx status.
          if (parsed.errors !== undefined && parsed.errors.length > 0) return { errors: parsed.errors };
          if (!response.ok) throw new AppSyncHttpError(`AppSync answered ${response.status}: ${text.slice(0, 200)}`);
          return {};
        },
      },
    },
  };
}

/** Reads the data API's endpoint and the function's credentials from its environment. */
export function appSyncTargetFromEnv(env: FunctionEnv): AppSyncTarget {
  const endpoint = env.AMPLIFY_DATA_GRAPHQL_ENDPOINT;
  const region = env.AWS_REGION;
  const missing = missingVariables(env, ['AMPLIFY_DATA_GRAPHQL_ENDPOINT', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
  if (!endpoint || !region || missing.length > 0) throw new Error(`the function's environment lacks ${missing.join(', ')}`);
  return { endpoint, region, credentials: readAwsCredentials(env) };
}
