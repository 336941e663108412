import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Amplify } from 'aws-amplify';
import { signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import { parseAmplifyConfig } from 'aws-amplify/utils';
import type { Schema } from '../../amplify/data/resource';
import { renderFlowFile, VANITY_FLOW_TEMPLATE_PATH } from '../../amplify/custom/vanity-connect/flow-template';
import { parseFlow } from '../../local/twin/connect/flow-language';
import { runFlow, UnsupportedFlowActionError } from '../../local/twin/connect/interpreter';
import { installNodeWebSocket } from '../../local/twin/node-websocket';
import { startTwin, type Twin } from '../../local/twin/start-twin';

const FREE_PORTS = { appsync: 0, store: 0, aws: 0, connect: 0 };
const SPOKEN_OPTION = /^Option (one|two|three)\b/;
const FALLBACK_NO_NUMBER = /could not read a phone number/;

let twin: Twin;
let client: ReturnType<typeof generateClient<Schema>>;

function uniqueUsNumber(): string {
  return `+1303${String(2_000_000 + Math.floor(Math.random() * 7_000_000))}`;
}

beforeAll(async () => {
  twin = await startTwin({ ports: FREE_PORTS, functionLog: () => undefined });
  installNodeWebSocket(twin.endpoints.graphql);
  const config = parseAmplifyConfig(twin.outputs as unknown as Parameters<typeof parseAmplifyConfig>[0]);
  const cognito = config.Auth?.Cognito;
  if (!cognito) throw new Error('the twin wrote no Auth.Cognito config');
  // amplify_outputs.json has no key for it: local apps point Cognito at the twin themselves.
  cognito.userPoolEndpoint = twin.endpoints.aws;
  Amplify.configure(config);
  // Amplify's real sign-in (USER_SRP_AUTH) against the twin's Cognito-compatible endpoint.
  const result = await signIn({ username: twin.dashboardUser.email, password: twin.dashboardUser.password });
  expect(result.isSignedIn).toBe(true);
  client = generateClient<Schema>({ authMode: 'userPool' });
}, 120_000);

afterAll(async () => {
  await signOut().catch(() => undefined);
  await twin?.stop();
});

describe('the local twin', () => {
  it('runs the contact flow the CDK construct deploys (rendered from flows/ with the function ARN)', () => {
    const flow = parseFlow(twin.flowContent);
    const invoke = flow.Actions.find((action) => action.Type === 'InvokeLambdaFunction');
    const arn = String(invoke?.Parameters.LambdaFunctionARN);
    expect(arn).toMatch(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:/);
    expect(twin.flowContent).toBe(renderFlowFile(VANITY_FLOW_TEMPLATE_PATH, { VanityLookupFunctionArn: arn }));
  });

  it.each([
    ['+18003569377', 'en', [{ voice: 'Joanna', engine: 'neural', language: 'en-US' }, { voice: 'Joanna', engine: 'standard', language: 'en-US' }], 'Thanks for calling'],
    // A Berlin number that spells a German word (49-30-11-KAFFEE), so the spelling voice is set too.
    ['+493011523333', 'de', [{ voice: 'Vicki', engine: 'neural', language: 'de-DE' }, { voice: 'Vicki', engine: 'standard', language: 'de-DE' }], 'Danke für Ihren Anruf'],
    ['+34912345678', 'es', [{ voice: 'Lucia', engine: 'neural', language: 'es-ES' }, { voice: 'Lucia', engine: 'standard', language: 'es-ES' }], 'Gracias por llamar'],
  ])('answers %s in %s, in the voices the function chose, and records the language', async (number, language, voices, greeting) => {
    const call = await twin.placeCall({ number });
    expect(call.voices).toEqual(voices);
    expect(call.transcript[0]).toContain(greeting);
    const { data } = await client.models.VanityCall.get({ contactId: call.contactId });
    expect(data?.language).toBe(language);
  });

  it('speaks vanity numbers and saves a record a signed-in dashboard user reads through the data client', async () => {
    // GOT-JUNK has three options worth speaking (1-800-FLOWERS now has one: its others were fragments).
    const call = await twin.placeCall({ number: '+18004685865' });
    expect(call.transcript.filter((line) => SPOKEN_OPTION.test(line))).toHaveLength(3);
    expect(call.transcript.join(' ')).toContain('GOTJUNK');
    const { data, errors } = await client.models.VanityCall.get({ contactId: call.contactId });
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ contactId: call.contactId, callerNumber: '+18004685865', outcome: 'OK', kind: 'CALL', spokenCount: 3 });
    expect(data?.vanityNumbers[0]).toBe('1-800-GOT-JUNK');
  });

  it('enforces the model rules from the assembly: a dashboard user reads calls but cannot create one', async () => {
    const { data, errors } = await client.models.VanityCall.create({
      contactId: 'forged-0000-4000-8000-000000000001',
      callerNumber: '+18003569377',
      vanityNumbers: [],
      spokenCount: 0,
      outcome: 'OK',
      kind: 'CALL',
      createdAt: new Date().toISOString(),
      expiresAt: Math.floor(Date.now() / 1000) + 60,
    });
    expect(data).toBeNull();
    expect(errors?.[0]?.errorType).toBe('Unauthorized');
  });

  it('shows a new call to a subscription (onCreate) as it happens', async () => {
    const number = uniqueUsNumber();
    const seen = new Promise<Schema['VanityCall']['type']>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no onCreate event within 10 s')), 10_000);
      const subscription = client.models.VanityCall.onCreate({ filter: { callerNumber: { eq: number } } }).subscribe({
        next: (call) => {
          clearTimeout(timer);
          subscription.unsubscribe();
          resolve(call);
        },
        error: (error: unknown) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
      });
    });
    // The subscription handshake is asynchronous; give it a moment before the call.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await twin.placeCall({ number: uniqueUsNumber() }); // filtered out
    const call = await twin.placeCall({ number });
    await expect(seen).resolves.toMatchObject({ contactId: call.contactId, callerNumber: number });
  });

  it('keeps one record when Connect invokes twice with the same contact id', async () => {
    const number = uniqueUsNumber();
    const first = await twin.placeCall({ number, contactId: 'twice-0000-4000-8000-000000000001' });
    const second = await twin.placeCall({ number, contactId: first.contactId });
    expect(second.transcript).toEqual(first.transcript);
    const { data } = await client.models.VanityCall.listCallsByCaller({ callerNumber: number });
    expect(data.map((call) => call.contactId)).toEqual([first.contactId]);
  });

  it('counts a call once in its hour and day, however often Connect invokes, and indexes its words and outcome', async () => {
    const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;
    const dayOf = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;
    const read = async (granularity: string, slot: string) => (await client.models.CallCount.get({ granularity, slot })).data?.total ?? 0;
    const first = await twin.placeCall({ number: '+18004685865', contactId: 'tally-0000-4000-8000-000000000001' });
    const createdAt = String(first.record?.createdAt);
    const counted = { hour: await read('HOUR', hourOf(createdAt)), day: await read('DAY', dayOf(createdAt)) };
    expect(counted.hour).toBeGreaterThanOrEqual(1);
    await twin.placeCall({ number: '+18004685865', contactId: first.contactId });
    expect({ hour: await read('HOUR', hourOf(createdAt)), day: await read('DAY', dayOf(createdAt)) }).toEqual(counted);
    const { data: counts, errors } = await client.models.CallCount.list({ granularity: 'HOUR', slot: { between: [hourOf(createdAt), hourOf(createdAt)] } });
    expect(errors).toBeUndefined();
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatchObject({ total: counted.hour });
    const words = await client.models.CallWord.list({ word: 'JUNK', sortDirection: 'DESC' });
    expect(words.data.filter((row) => row.contactId === first.contactId)).toHaveLength(1);
    expect(words.data[0]).toMatchObject({ callerNumber: '+18004685865', outcome: 'OK' });
    const byOutcome = await client.models.VanityCall.listCallsByOutcome({ outcome: 'OK' }, { sortDirection: 'DESC', limit: 5 });
    expect(byOutcome.data.map((call) => call.contactId)).toContain(first.contactId);
  });

  it.each([
    ['anonymous', 'anonymous'],
    ['an empty caller id', ''],
  ])('takes the fallback path for a withheld number (%s) and records NO_USABLE_NUMBER', async (_name, number) => {
    const call = await twin.placeCall({ number });
    expect(call.transcript.some((line) => FALLBACK_NO_NUMBER.test(line))).toBe(true);
    expect(call.transcript.some((line) => SPOKEN_OPTION.test(line))).toBe(false);
    expect(call.record).toMatchObject({ contactId: call.contactId, outcome: 'NO_USABLE_NUMBER', vanityNumbers: [] });
  });

  it('tells a caller whose number no word fits why, and records the number itself', async () => {
    const call = await twin.placeCall({ number: '+12125550100' });
    expect(call.transcript.some((line) => /no words fit/.test(line))).toBe(true);
    expect(call.transcript.some((line) => FALLBACK_NO_NUMBER.test(line) || SPOKEN_OPTION.test(line))).toBe(false);
    expect(call.record).toMatchObject({ contactId: call.contactId, outcome: 'NO_WORDS', vanityNumbers: ['1-212-555-0100'], spokenCount: 0 });
  });

  it('fails clearly, naming the type and the action, on an action type it does not support', async () => {
    const flow = parseFlow(twin.flowContent);
    const start = flow.Actions.find((action) => action.Identifier === flow.StartAction);
    if (!start) throw new Error('no start action');
    const patched = parseFlow({ ...flow, Actions: flow.Actions.map((a) => (a === start ? { ...a, Type: 'GetParticipantInput' } : a)) });
    const call = runFlow(patched, { customerNumber: '+18003569377', systemNumber: '+18005550199', instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/x', region: 'us-east-1' }, () =>
      Promise.reject(new Error('not reached')),
    );
    await expect(call).rejects.toThrow(UnsupportedFlowActionError);
    await expect(call).rejects.toThrow(`"GetParticipantInput" (action "${start.Identifier}")`);
  });

  it.each([
    ['a page of another origin posting a call', 'POST', '/calls', { origin: 'http://evil.example', 'content-type': 'text/plain' }, 403],
    ['a page of another origin reading the config', 'GET', '/amplify_outputs.json', { origin: 'http://evil.example' }, 403],
    ['a CORS preflight', 'OPTIONS', '/calls', { origin: 'http://evil.example', 'access-control-request-method': 'POST' }, 403],
    ['a rebound host name', 'GET', '/health', { host: 'evil.example' }, 403],
    ['a terminal or server (no Origin)', 'GET', '/health', {}, 200],
  ])('control endpoint: %s gets HTTP %i and no CORS headers', async (_name, method, route, headers, status) => {
    const { request } = await import('node:http');
    // fetch() forbids setting Host; node:http sends the headers as given.
    const response = await new Promise<{ status: number; allowOrigin: string | undefined }>((resolve, reject) => {
      const outgoing = request(new URL(route, twin.endpoints.connect), { method, headers }, (incoming) => {
        incoming.resume();
        const allow = incoming.headers['access-control-allow-origin'];
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, allowOrigin: Array.isArray(allow) ? allow.join() : allow }));
      });
      outgoing.on('error', reject);
      outgoing.end(method === 'POST' ? JSON.stringify({ number: '+18003569377' }) : undefined);
    });
    expect(response).toEqual({ status, allowOrigin: undefined });
  });

  // Last: it stops the store.
  it('still answers the caller within the time limit when the data store is down (the call is not saved)', async () => {
    await twin.stopStore();
    const started = performance.now();
    const call = await twin.placeCall({ number: '+18004685865' });
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(8);
    // Issue 3: a save that fails must not cost the caller the numbers.
    expect(call.transcript.filter((line) => SPOKEN_OPTION.test(line))).toHaveLength(3);
    expect(call.transcript.join(' ')).toContain('GOTJUNK');
    expect(call.run.invocations.map((invocation) => invocation.outcome)).toEqual(['OK']);
    expect(call.record).toBeNull();
  }, 20_000);
});
