import { describe, expect, it } from 'vitest';
import { parseFlow, type FlowAction } from '../../../../../local/twin/connect/flow-language';
import { FlowExecutionError, runFlow, type InvokeFunction } from '../../../../../local/twin/connect/interpreter';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:f';
const CALL = { customerNumber: '+18003569377', systemNumber: '+18005550199', instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i', region: 'us-east-1' };

function say(id: string, text: string, next?: string): FlowAction {
  return { Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: next ? { NextAction: next, Errors: [{ ErrorType: 'NoMatchingError', NextAction: next }] } : {} };
}

/** invoke -> compare status -> "ok: $.External.word" | "fallback". */
function lambdaFlow(limit = '1') {
  return parseFlow({
    Version: '2019-10-30',
    StartAction: 'invoke',
    Actions: [
      {
        Identifier: 'invoke',
        Type: 'InvokeLambdaFunction',
        Parameters: { LambdaFunctionARN: ARN, InvocationTimeLimitSeconds: limit, LambdaInvocationAttributes: { caller: '$.CustomerEndpoint.Address' }, ResponseValidation: { ResponseType: 'STRING_MAP' } },
        Transitions: { NextAction: 'check', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'fallback' }] },
      },
      {
        Identifier: 'check',
        Type: 'Compare',
        Parameters: { ComparisonValue: '$.External.status' },
        Transitions: { NextAction: 'fallback', Conditions: [{ NextAction: 'ok', Condition: { Operator: 'Equals', Operands: ['OK'] } }], Errors: [{ ErrorType: 'NoMatchingCondition', NextAction: 'fallback' }] },
      },
      { ...say('ok', 'ok: $.External.word', 'bye') },
      { ...say('fallback', 'fallback', 'bye') },
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });
}

const answering = (value: unknown, delayMs = 0): InvokeFunction => () => new Promise((resolve) => setTimeout(() => resolve(value), delayMs));

describe('runFlow with InvokeLambdaFunction', () => {
  it.each([
    ['a valid STRING_MAP', answering({ status: 'OK', word: 'FLOWERS' }), ['ok: FLOWERS'], 'OK'],
    ['a non-OK status (no condition matches)', answering({ status: 'NO_NUMBER' }), ['fallback'], 'OK'],
    ['a nested value in a STRING_MAP', answering({ status: 'OK', word: { nested: true } }), ['fallback'], 'INVALID_RESPONSE'],
    ['a response that is not an object', answering('OK'), ['fallback'], 'INVALID_RESPONSE'],
    ['no answer within InvocationTimeLimitSeconds', answering({ status: 'OK' }, 1500), ['fallback'], 'TIMEOUT'],
    ['a function that always throws', () => Promise.reject(new Error('boom')), ['fallback'], 'ERROR'],
  ])('%s', async (_name, invoke, transcript, outcome) => {
    const run = await runFlow(lambdaFlow(), CALL, invoke);
    expect(run.transcript.map((u) => u.text)).toEqual(transcript);
    expect(run.invocations[0]?.outcome).toBe(outcome);
    expect(run.endedBy).toBe('DisconnectParticipant');
  });

  it('sends the ContactFlowEvent Connect would, with LambdaInvocationAttributes as Parameters', async () => {
    const events: unknown[] = [];
    await runFlow(lambdaFlow(), { ...CALL, contactId: 'contact-1' }, (arn, event) => {
      events.push({ arn, event });
      return Promise.resolve({ status: 'OK', word: 'x' });
    });
    expect(events).toEqual([
      {
        arn: ARN,
        event: expect.objectContaining({
          Name: 'ContactFlowEvent',
          Details: expect.objectContaining({
            Parameters: { caller: '+18003569377' },
            ContactData: expect.objectContaining({ ContactId: 'contact-1', Channel: 'VOICE', InstanceARN: CALL.instanceArn, CustomerEndpoint: { Address: '+18003569377', Type: 'TELEPHONE_NUMBER' } }),
          }),
        }),
      },
    ]);
  });

  it('retries a failing function (up to 3 retries) and uses the first good answer', async () => {
    let attempts = 0;
    const run = await runFlow(lambdaFlow(), CALL, () => (++attempts < 3 ? Promise.reject(new Error('throttled')) : Promise.resolve({ status: 'OK', word: 'third' })));
    expect(run.transcript.map((u) => u.text)).toEqual(['ok: third']);
    expect(run.invocations[0]).toMatchObject({ outcome: 'OK', attempts: 3 });
  });

  it.each([['0'], ['9'], ['eight']])('rejects InvocationTimeLimitSeconds %j', async (limit) => {
    await expect(runFlow(lambdaFlow(limit), CALL, answering({}))).rejects.toThrow(/InvocationTimeLimitSeconds must be an integer in 1..8/);
  });
});

/** invoke -> set the voice from $.External (fallback Joanna) -> say. */
function voiceFlow() {
  return parseFlow({
    Version: '2019-10-30',
    StartAction: 'invoke',
    Actions: [
      { Identifier: 'invoke', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: ARN, InvocationTimeLimitSeconds: '1' }, Transitions: { NextAction: 'voice', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'voice' }] } },
      { Identifier: 'voice', Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: '$.External.voice', TextToSpeechEngine: '$.External.engine' }, Transitions: { NextAction: 'say', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'default' }] } },
      { Identifier: 'default', Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Standard' }, Transitions: { NextAction: 'say', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'say' }] } },
      { ...say('say', 'hello', 'bye') },
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });
}

describe('runFlow with UpdateContactTextToSpeechVoice from $.External', () => {
  it.each([
    ['a neural voice', { voice: 'Vicki', engine: 'Neural' }, [{ voice: 'Vicki', engine: 'neural', language: 'de-DE' }]],
    ['a standard voice, engine in any case', { voice: 'Filiz', engine: 'standard' }, [{ voice: 'Filiz', engine: 'standard', language: 'tr-TR' }]],
    ['a neural-only voice asked for standard', { voice: 'Suvi', engine: 'Standard' }, [{ voice: 'Joanna', engine: 'standard', language: 'en-US' }]],
    ['an unknown voice', { voice: 'Nobody', engine: 'Neural' }, [{ voice: 'Joanna', engine: 'standard', language: 'en-US' }]],
    ['an unknown engine', { voice: 'Vicki', engine: 'Loud' }, [{ voice: 'Joanna', engine: 'standard', language: 'en-US' }]],
    ['no values (the function failed)', 'not a map', [{ voice: 'Joanna', engine: 'standard', language: 'en-US' }]],
  ])('%s', async (_name, answer, voices) => {
    const run = await runFlow(voiceFlow(), CALL, answering(answer));
    expect(run.voices).toEqual(voices);
    expect(run.transcript.map((u) => u.text)).toEqual(['hello']);
  });
});

describe('runFlow control', () => {
  it('stops a flow that loops', async () => {
    const flow = parseFlow({ Version: '2019-10-30', StartAction: 'a', Actions: [say('a', 'again', 'a')] });
    await expect(runFlow(flow, CALL, answering({}))).rejects.toThrow(FlowExecutionError);
  });

  it('records attributes, voice and logging, and ends on EndFlowExecution', async () => {
    const flow = parseFlow({
      Version: '2019-10-30',
      StartAction: 'log',
      Actions: [
        { Identifier: 'log', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'voice' } },
        { Identifier: 'voice', Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: 'Matthew', TextToSpeechEngine: 'Neural' }, Transitions: { NextAction: 'set', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'set' }] } },
        { Identifier: 'set', Type: 'UpdateContactAttributes', Parameters: { Attributes: { caller: '$.CustomerEndpoint.Address' }, TargetContact: 'Current' }, Transitions: { NextAction: 'say', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'say' }] } },
        { Identifier: 'say', Type: 'MessageParticipant', Parameters: { SSML: '<speak>You called from <say-as interpret-as="telephone">$.Attributes.caller</say-as>.</speak>' }, Transitions: { NextAction: 'end' } },
        { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      ],
    });
    const run = await runFlow(flow, CALL, answering({}));
    expect(run).toMatchObject({ flowLogging: true, voice: { name: 'Matthew', engine: 'neural' }, attributes: { caller: '+18003569377' }, endedBy: 'EndFlowExecution' });
    expect(run.transcript).toEqual([
      { actionId: 'say', kind: 'SSML', content: '<speak>You called from <say-as interpret-as="telephone">+18003569377</say-as>.</speak>', text: 'You called from +18003569377.', language: 'en-US' },
    ]);
  });

  it.each([
    [{ Version: '2019-10-30', StartAction: 'missing', Actions: [say('a', 'x')] }, /StartAction "missing" is not an action/],
    [{ Version: '2019-10-30', StartAction: 'a', Actions: [say('a', 'x', 'nowhere')] }, /transitions to unknown action "nowhere"/],
    [{ Version: '2019-10-30', StartAction: 'a', Actions: [say('a', 'x'), say('a', 'y')] }, /duplicate action Identifier "a"/],
    [{ Version: '2020-01-01', StartAction: 'a', Actions: [say('a', 'x')] }, /Version must be "2019-10-30"/],
  ])('rejects an invalid flow: %#', (flow, message) => {
    expect(() => parseFlow(flow)).toThrow(message);
  });
});
