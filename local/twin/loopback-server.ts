import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { isPortInUse, portInUseError, type TwinPorts } from './ports';
import { guardServer, NO_BROWSER, type BrowserPolicy } from './request-guard';

/** A started server: its base URL and an idempotent stop. */
export interface LoopbackServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 only (local auth is no security boundary, so nothing may listen beyond this
 * machine), behind the request guard: no web page but those the policy allows (none by default).
 * Port 0 picks a free port. A taken port is an error naming the service and its variable.
 */
export async function listenOnLoopback(server: Server, port: number, service: keyof TwinPorts, policy: BrowserPolicy = NO_BROWSER): Promise<LoopbackServer> {
  guardServer(server, policy);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(isPortInUse(error) ? portInUseError(service, port) : error));
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${actual}`,
    stop() {
      stopping ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients keep connections alive; close them so the server (and whatever it holds) shuts now.
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}

/**
 * Fails, naming the service and its variable, when the port is taken; for servers that pick
 * another port or throw from inside (next dev, the AppSync simulator) instead of reporting it.
 */
export async function assertPortFree(port: number, service: keyof TwinPorts): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(isPortInUse(error) ? portInUseError(service, port) : error));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
