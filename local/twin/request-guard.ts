import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { isLocalUrl } from '../../components/amplify/outputs';

/**
 * The largest request body a twin port takes: Lambda's 6 MB synchronous payload quota
 * (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html), the tightest limit on
 * the path a call's data takes in AWS.
 */
export const MAX_REQUEST_BYTES = 6 * 1024 * 1024;

/** Which web pages may call a twin port. */
export interface BrowserPolicy {
  /** Exact origins (the dashboard's) whose pages may call the port; every other page is refused. */
  readonly allowedOrigins: readonly string[];
}

/** No web page at all: for ports only terminals, servers and the SDK talk to. */
export const NO_BROWSER: BrowserPolicy = { allowedOrigins: [] };

/** The origins the dashboard is opened at on this machine (both names next dev prints); none when it has no fixed port. */
export function dashboardOrigins(port: number): string[] {
  return port === 0 ? [] : [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Why a request is refused, with the HTTP status to refuse it with. */
export interface Refusal {
  readonly status: 403 | 411 | 413;
  readonly message: string;
}

const CORS_HEADER = /^access-control-/i;

/**
 * Why the twin refuses a request, or undefined to serve it. The twin's auth is no security boundary
 * (unsigned tokens), so a web page must not reach it at all: a Host other than loopback means DNS
 * rebinding (a page whose name now points at 127.0.0.1), and an Origin other than the dashboard's is
 * another site's page. SDK and Node clients send no Origin and pass.
 */
export function refusal(request: IncomingMessage, policy: BrowserPolicy): Refusal | undefined {
  const host = request.headers.host ?? '';
  if (!isLocalUrl(`http://${host}`)) return { status: 403, message: `the twin answers only requests to 127.0.0.1 or localhost, not to "${host}"` };
  const origin = request.headers.origin;
  if (origin !== undefined && !policy.allowedOrigins.includes(origin)) {
    return { status: 403, message: `the twin does not answer web pages of other origins (${origin}); call it from the dashboard, a server or a terminal` };
  }
  const length = request.headers['content-length'];
  if (length !== undefined && !(Number(length) <= MAX_REQUEST_BYTES)) {
    return { status: 413, message: `the request body (${length} bytes) is over the ${MAX_REQUEST_BYTES}-byte limit Lambda sets on a payload` };
  }
  // Node stops reading a body at its Content-Length, so requiring one makes the limit exact for every server behind the guard.
  if (length === undefined && request.headers['transfer-encoding'] !== undefined) {
    return { status: 411, message: 'send the request body with a Content-Length (at most 6 MB); chunked bodies are not taken' };
  }
  return undefined;
}

const REASONS: Record<Refusal['status'], string> = { 403: 'Forbidden', 411: 'Length Required', 413: 'Payload Too Large' };

function refusalBody({ status, message }: Refusal): string {
  return JSON.stringify({ error: REASONS[status].replaceAll(' ', ''), message });
}

function refuse(response: ServerResponse, refused: Refusal): void {
  const body = refusalBody(refused);
  // The body is left unread: close the connection instead of draining up to gigabytes.
  response.writeHead(refused.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  response.end(body);
}

function refuseUpgrade(socket: Duplex, refused: Refusal): void {
  const body = refusalBody(refused);
  const head = `HTTP/1.1 ${refused.status} ${REASONS[refused.status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close`;
  socket.end(`${head}\r\n\r\n${body}`);
}

/**
 * Answers CORS for an allowed page itself and keeps the server behind from sending its own CORS
 * headers (dynalite and the AppSync simulator answer every origin with `*`). True when the
 * request was a preflight, now answered.
 */
function applyCors(request: IncomingMessage, response: ServerResponse): boolean {
  const setHeader = response.setHeader.bind(response);
  Reflect.set(response, 'setHeader', (name: string, value: number | string | readonly string[]) =>
    CORS_HEADER.test(name) ? response : setHeader(name, value),
  );
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  setHeader('vary', 'Origin');
  setHeader('access-control-allow-origin', origin);
  setHeader('access-control-expose-headers', 'x-amzn-errortype, x-amzn-requestid');
  if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return false;
  setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  setHeader('access-control-allow-headers', request.headers['access-control-request-headers'] ?? '');
  setHeader('access-control-max-age', '600');
  response.writeHead(204);
  response.end();
  return true;
}

/**
 * Puts the guard in front of every request and WebSocket upgrade a server receives, whoever
 * registered the handlers and whenever (the AppSync simulator adds its WebSocket handler when it
 * starts), so one mechanism covers every twin port.
 */
export function guardServer(server: Server, policy: BrowserPolicy): void {
  const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean;
  Reflect.set(server, 'emit', (event: string, ...args: unknown[]): boolean => {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      const refused = refusal(request, policy);
      if (refused) refuse(response, refused);
      if (refused || applyCors(request, response)) return true;
    } else if (event === 'upgrade') {
      const [request, socket] = args as [IncomingMessage, Duplex];
      const refused = refusal(request, policy);
      if (refused) {
        refuseUpgrade(socket, refused);
        return true;
      }
    }
    return emit(event, ...args);
  });
}
