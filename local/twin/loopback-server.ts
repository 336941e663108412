import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A started server: its base URL and an idempotent stop. */
export interface LoopbackServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 only (local auth is no security boundary, so nothing may listen beyond this
 * machine); port 0 picks a free port.
 */
export async function listenOnLoopback(server: Server, port: number): Promise<LoopbackServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
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
