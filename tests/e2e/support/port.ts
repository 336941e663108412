import { createServer } from 'node:net';

/** The port the tests prefer when `E2E_PORT` is not set. */
const DEFAULT_PORT = 3100;
const HOST = '127.0.0.1';

/** `E2E_PORT` as a port number, or undefined when unset; anything else is refused by name. */
function requestedPort(): number | undefined {
  const raw = process.env.E2E_PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`E2E_PORT must be a port number (1-65535), not "${raw}".`);
  return port;
}

/**
 * Where the production build listens during the tests. Playwright evaluates its config again in each
 * worker, after global setup, so the port global setup settled on (passed on in `E2E_PORT`) is seen there.
 */
export function e2ePort(): number {
  return requestedPort() ?? DEFAULT_PORT;
}

/** Listens on `port` (0: any) for a moment; the port it got, or null when something already holds that one. */
function probe(port: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(null) : reject(error)));
    server.listen({ port, host: HOST, exclusive: true }, () => {
      const address = server.address();
      const got = typeof address === 'object' && address !== null ? address.port : null;
      server.close(() => resolve(got));
    });
  });
}

/**
 * Settles the port for `next start` before anything is built: `E2E_PORT` if free (a clear error if not,
 * since it was asked for), else 3100, else any free port, so a busy CI machine does not fail the run.
 */
export async function chooseE2EPort(log: (line: string) => void): Promise<number> {
  const requested = requestedPort();
  if (requested !== undefined) {
    if ((await probe(requested)) !== null) return requested;
    throw new Error(
      `E2E_PORT=${requested}: port ${requested} on ${HOST} is already in use, so next start cannot serve the tests there. ` +
        `Stop what listens on it (ss -ltnp 'sport = :${requested}') or unset E2E_PORT to let the tests pick a free port.`,
    );
  }
  if ((await probe(DEFAULT_PORT)) !== null) return DEFAULT_PORT;
  const free = await probe(0);
  if (free === null) throw new Error(`Port ${DEFAULT_PORT} on ${HOST} is in use and no free port could be found.`);
  log(`port ${DEFAULT_PORT} is in use; serving the tests on ${free} instead`);
  return free;
}
