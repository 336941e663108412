import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { FlowExecutionError, UnsupportedFlowActionError } from './connect/interpreter';
import { listenOnLoopback, type LoopbackServer } from './loopback-server';
import type { CallRequest, LocalConnect } from './connect/local-connect';
import type { RecordReader } from './record-reader';
import { describeError } from '../../amplify/functions/vanity-lookup/logger';
import { isStoreFault, STORE_FAULTS, type StoreFault } from './store-fault';

/** Fault injection and queue counts, for `npm run load -- --fault` and the integration tests. */
export interface TwinOperations {
  setStoreFault(fault: StoreFault): void;
  queues(): unknown[];
}

/** A running control endpoint. */
export type ControlServer = LoopbackServer;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of request) raw += String(chunk);
  return raw === '' ? {} : (JSON.parse(raw) as unknown);
}

function callRequest(body: unknown): CallRequest {
  if (typeof body !== 'object' || body === null) throw new TypeError('the body must be a JSON object');
  const { number, contactId, readRecord } = body as Record<string, unknown>;
  if (number !== undefined && number !== null && typeof number !== 'string') throw new TypeError('"number" must be a string (or absent for a withheld number)');
  if (contactId !== undefined && typeof contactId !== 'string') throw new TypeError('"contactId" must be a string');
  if (readRecord !== undefined && typeof readRecord !== 'boolean') throw new TypeError('"readRecord" must be a boolean');
  return { ...(typeof number === 'string' ? { number } : {}), ...(contactId ? { contactId } : {}), ...(readRecord === false ? { readRecord } : {}) };
}

/**
 * The twin's HTTP control endpoint (127.0.0.1 only): POST /calls places a simulated call through the
 * deployed flow, GET /calls/<contactId> reads a saved call through the data API, GET
 * /amplify_outputs.json serves the local config, GET /health says the twin is up. It places calls
 * and reads records with no sign-in, so no web page may call it (the guard's default); the
 * dashboard's test-call panel calls it from its server.
 */
export async function startControlServer(connect: LocalConnect, records: RecordReader, outputs: () => unknown, port: number, operations?: TwinOperations): Promise<ControlServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = `${request.method ?? 'GET'} ${url.pathname}`;
    const handle = async (): Promise<void> => {
      if (route === 'GET /health') return send(response, 200, { ok: true, flow: connect.flow.name });
      if (route === 'GET /amplify_outputs.json') return send(response, 200, outputs());
      if (route === 'POST /calls') {
        let call: CallRequest;
        try {
          call = callRequest(await readJson(request));
        } catch (error) {
          return send(response, 400, { error: 'BadRequest', message: (error as Error).message });
        }
        return send(response, 200, await connect.placeCall(call));
      }
      if (operations && route === 'GET /queues') return send(response, 200, { queues: operations.queues() });
      if (operations && route === 'POST /faults/store') {
        const body = await readJson(request).catch(() => undefined);
        const fault = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).fault : undefined;
        if (!isStoreFault(fault)) return send(response, 400, { error: 'BadRequest', message: `"fault" must be one of ${STORE_FAULTS.join(', ')}` });
        operations.setStoreFault(fault);
        return send(response, 200, { store: fault });
      }
      const recordMatch = /^GET \/calls\/([^/]+)$/.exec(route);
      if (recordMatch?.[1]) {
        const record = await records.get(decodeURIComponent(recordMatch[1]));
        return record ? send(response, 200, record) : send(response, 404, { error: 'NotFound', message: `no call ${recordMatch[1]}` });
      }
      return send(response, 404, { error: 'NotFound', message: `${route} is not a twin endpoint (POST /calls, GET /calls/<id>, GET /amplify_outputs.json, GET /health, GET /queues, POST /faults/store)` });
    };
    handle().catch((error: unknown) => {
      const flowProblem = error instanceof UnsupportedFlowActionError || error instanceof FlowExecutionError;
      send(response, flowProblem ? 422 : 500, { error: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : describeError(error) });
    });
  });
  return listenOnLoopback(server, port, 'connect');
}
