import type { CallResult } from './connect/local-connect';
import { connectUrlFromEnv } from './ports';

/** The running twin is not reachable. */
export class TwinNotRunningError extends Error {
  constructor(url: string) {
    super(`No local twin answers on ${url}. Start it with \`npm start\` (in another terminal), then try again.`);
    this.name = 'TwinNotRunningError';
  }
}

/** The twin's control endpoint: FOUNDRY_CONNECT_URL, else 127.0.0.1 on FOUNDRY_CONNECT_PORT (default 20005). */
export function twinUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.FOUNDRY_CONNECT_URL ?? connectUrlFromEnv(env);
}

async function request(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new TwinNotRunningError(new URL(url).origin);
  }
}

async function failure(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
  return new Error(`${body.error ?? `HTTP ${response.status}`}: ${body.message ?? response.statusText}`);
}

/** Places a call on the running twin (POST /calls); `number` undefined or "" is a withheld number. */
export async function placeCall(base: string, number: string | undefined, options: { contactId?: string; readRecord?: boolean } = {}): Promise<CallResult> {
  const response = await request(`${base}/calls`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...(number === undefined ? {} : { number }), ...options }),
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as CallResult;
}

/** Reads a saved call through the data API (GET /calls/<contactId>); null when there is none. */
export async function readCall(base: string, contactId: string): Promise<Record<string, unknown> | null> {
  const response = await request(`${base}/calls/${encodeURIComponent(contactId)}`);
  if (response.status === 404) return null;
  if (!response.ok) throw await failure(response);
  return (await response.json()) as Record<string, unknown>;
}

/** A store fault the twin can inject: down (connections reset), hung (requests unanswered), none (restored). */
export type StoreFaultMode = 'none' | 'down' | 'hung';

/** Takes the running twin's data store down, hangs it, or restores it (POST /faults/store). */
export async function setStoreFault(base: string, fault: StoreFaultMode): Promise<void> {
  const response = await request(`${base}/faults/store`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fault }) });
  if (!response.ok) throw await failure(response);
}

/** One queue's approximate counts on the running twin. */
export interface TwinQueue {
  name: string;
  deadLetter: boolean;
  visible: number;
  inFlight: number;
  delayed: number;
}

/** The running twin's queues (GET /queues): the save path's queue and its dead letters. */
export async function readQueues(base: string): Promise<TwinQueue[]> {
  const response = await request(`${base}/queues`);
  if (!response.ok) throw await failure(response);
  return ((await response.json()) as { queues: TwinQueue[] }).queues;
}
