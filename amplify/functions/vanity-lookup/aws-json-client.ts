import { signRequest, type AwsCredentials } from './sigv4';

/** A service of the AWS JSON protocol: how its operations are named and signed. */
export interface AwsJsonService {
  /** The SigV4 signing name (`dynamodb`, `sqs`). */
  signingName: string;
  /** X-Amz-Target's prefix: `DynamoDB_20120810`, `AmazonSQS`. */
  targetPrefix: string;
}

/** Where and how one client calls its service. */
export interface AwsJsonClientOptions {
  endpoint: URL;
  region: string;
  /** Read per request, so credentials Lambda renews in the environment are picked up. */
  credentials: () => AwsCredentials;
  /** One call, retries included, gives up after this long (the request is aborted). */
  timeoutMs: number;
  /** Attempts per call, the first included; only errors worth repeating are retried. */
  maxAttempts: number;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** Wait before retry `attempt` (1 for the first retry); full jitter by default. */
  backoffMs?: (attempt: number) => number;
}

/** An error the service answered with: its type (`TransactionCanceledException`), HTTP status and the rest of its body. */
export class AwsServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status: number,
    readonly details: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = type;
  }
}

/** The call got no answer in time, or could not reach the service at all. */
export class AwsRequestError extends Error {
  constructor(message: string, name: 'AwsTimeoutError' | 'AwsNetworkError') {
    super(message);
    this.name = name;
  }
}

// The SDKs' standard retry mode treats these as throttling (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
const THROTTLING = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException', 'TooManyRequestsException',
  'ProvisionedThroughputExceededException', 'TransactionInProgressException', 'RequestLimitExceeded', 'BandwidthLimitExceeded',
  'LimitExceededException', 'RequestThrottled', 'SlowDown', 'PriorRequestNotComplete', 'EC2ThrottledException', 'RequestThrottledException',
]);

function retryable(error: unknown): boolean {
  if (error instanceof AwsRequestError) return error.name === 'AwsNetworkError';
  return error instanceof AwsServiceError && (error.status >= 500 || error.status === 429 || THROTTLING.has(error.type));
}

/** `com.amazonaws.dynamodb.v20120810#TransactionCanceledException` and `Foo:http://...` both mean Foo. */
function errorType(header: string | null, body: Record<string, unknown>): string {
  const raw = header ?? (typeof body.__type === 'string' ? body.__type : typeof body.code === 'string' ? body.code : 'UnknownError');
  return raw.split(':')[0]?.split('#').pop() || 'UnknownError';
}

function parseJson(text: string): Record<string, unknown> | undefined {
  if (text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls operations of an AWS JSON 1.0 service with one SigV4-signed fetch each: what the SDK's
 * DynamoDB and SQS clients did for the functions' two calls, without loading either at cold start.
 * Like the SDK's standard retry mode it repeats throttling, 5xx and connection failures with jittered
 * backoff, within one deadline for the whole call, which aborts a request that hangs.
 */
export function createAwsJsonClient(service: AwsJsonService, options: AwsJsonClientOptions) {
  const fetchImpl = options.fetchImpl ?? fetch;
  const now = options.now ?? (() => new Date());
  const backoffMs = options.backoffMs ?? ((attempt: number) => Math.random() * Math.min(2_000, 50 * 2 ** attempt));

  async function attempt(operation: string, body: string, signal: AbortSignal): Promise<Record<string, unknown>> {
    const request = { method: 'POST', url: options.endpoint, headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `${service.targetPrefix}.${operation}` }, body };
    const headers = signRequest(request, options.region, service.signingName, options.credentials(), now());
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(options.endpoint, { method: 'POST', headers, body, signal });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw new AwsRequestError(`${service.targetPrefix}.${operation}: no answer within ${options.timeoutMs} ms`, 'AwsTimeoutError');
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new AwsRequestError(`${service.targetPrefix}.${operation} could not reach ${options.endpoint.host}: ${error instanceof Error ? error.message : String(error)}${cause}`, 'AwsNetworkError');
    }
    const parsed = parseJson(text);
    if (response.ok && parsed !== undefined) return parsed;
    const details = parsed ?? {};
    const type = parsed === undefined ? `Http${response.status}` : errorType(response.headers.get('x-amzn-errortype'), details);
    const message = typeof details.message === 'string' ? details.message : typeof details.Message === 'string' ? details.Message : text.slice(0, 200);
    throw new AwsServiceError(type, `${service.targetPrefix}.${operation} answered ${response.status} ${type}: ${message}`, response.status, details);
  }

  return {
    /** Sends one operation and resolves to the service's JSON answer; rejects with AwsServiceError or AwsRequestError. */
    async call(operation: string, input: object): Promise<Record<string, unknown>> {
      const signal = AbortSignal.timeout(options.timeoutMs);
      const body = JSON.stringify(input);
      for (let tries = 1; ; tries += 1) {
        try {
          return await attempt(operation, body, signal);
        } catch (error) {
          if (tries >= options.maxAttempts || !retryable(error) || signal.aborted) throw error;
          await sleep(backoffMs(tries));
          if (signal.aborted) throw error;
        }
      }
    },
  };
}

/** A client of the AWS JSON protocol (createAwsJsonClient). */
export type AwsJsonClient = ReturnType<typeof createAwsJsonClient>;
