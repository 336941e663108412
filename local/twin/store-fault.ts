import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** What the store does to requests: answers them, drops the connection (down), or never answers until restored (hung). */
export type StoreFault = 'none' | 'down' | 'hung';

export const STORE_FAULTS: readonly StoreFault[] = ['none', 'down', 'hung'];

export function isStoreFault(value: unknown): value is StoreFault {
  return typeof value === 'string' && (STORE_FAULTS as readonly string[]).includes(value);
}

/** Switches the store's fault; the twin's fault injection (npm run load -- --fault) drives it. */
export interface FaultSwitch {
  current(): StoreFault;
  set(fault: StoreFault): void;
}

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Puts a fault switch in front of a server's request handlers. Down: every request's connection is
 * reset, as a store that is not there. Hung: requests are accepted and held unanswered; when the
 * store is restored they are served late (a client that gave up meanwhile finds its write landed
 * anyway, as happens with a real store that stalls), and when it goes down they are dropped.
 */
export function injectFaults(server: Server): FaultSwitch {
  const handlers = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  let fault: StoreFault = 'none';
  const held: [IncomingMessage, ServerResponse][] = [];
  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    for (const handler of handlers) handler.call(server, request, response);
  };
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (fault === 'down') request.socket.destroy();
    else if (fault === 'hung') held.push([request, response]);
    else serve(request, response);
  });
  return {
    current: () => fault,
    set(next) {
      fault = next;
      if (next === 'hung') return;
      for (const [request, response] of held.splice(0)) {
        if (next === 'down' || request.socket.destroyed) request.socket.destroy();
        else serve(request, response);
      }
    },
  };
}
