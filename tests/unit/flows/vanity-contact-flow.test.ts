import { describe, expect, it } from 'vitest';
import { renderFlowFile, VANITY_FLOW_TEMPLATE_PATH } from '../../../amplify/custom/vanity-connect/flow-template';
import { RESULT_KEYS, RESULT_STATUSES, SPOKEN_MAX } from '../../../amplify/functions/vanity-lookup/contract';

interface Branch {
  NextAction: string;
  ErrorType?: string;
  Condition?: { Operator: string; Operands: string[] };
}
interface Action {
  Identifier: string;
  Type: string;
  Parameters: Record<string, unknown>;
  Transitions: { NextAction?: string; Errors?: Branch[]; Conditions?: Branch[] };
}
interface Flow {
  Version: string;
  StartAction: string;
  Metadata: { ActionMetadata: Record<string, unknown> };
  Actions: Action[];
}

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:vanity-lookup';
const flow = JSON.parse(renderFlowFile(VANITY_FLOW_TEMPLATE_PATH, { VanityLookupFunctionArn: FUNCTION_ARN })) as Flow;
const byId = new Map(flow.Actions.map((action) => [action.Identifier, action]));
const TERMINAL = new Set(['DisconnectParticipant']);
// https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html
const FORBIDDEN = /[%:()\\/=$,;[\]{}]/;
const RESERVED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const targets = (action: Action): string[] => [
  ...(action.Transitions.NextAction === undefined ? [] : [action.Transitions.NextAction]),
  ...(action.Transitions.Errors ?? []).map((branch) => branch.NextAction),
  ...(action.Transitions.Conditions ?? []).map((branch) => branch.NextAction),
];
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
const actionsOfType = (type: string) => flow.Actions.filter((action) => action.Type === type);

describe('the contact flow graph', () => {
  it('is Flow Language 2019-10-30 with at most 250 actions', () => {
    expect(flow.Version).toBe('2019-10-30');
    expect(flow.Actions.length).toBeLessThanOrEqual(250);
  });

  it('has unique, valid identifiers', () => {
    expect(byId.size).toBe(flow.Actions.length);
    for (const { Identifier } of flow.Actions) {
      expect(Identifier.length).toBeGreaterThan(0);
      expect(Identifier.length).toBeLessThanOrEqual(50);
      expect(Identifier).not.toMatch(FORBIDDEN);
      expect(RESERVED).not.toContain(Identifier);
    }
  });

  it.each(flow.Actions.map((action) => [action.Identifier, action] as const))('%s: every transition resolves', (_, action) => {
    for (const target of targets(action)) expect(byId.has(target), `${action.Identifier} -> ${target}`).toBe(true);
    if (TERMINAL.has(action.Type)) expect(targets(action)).toEqual([]);
    else expect(action.Transitions.NextAction).toBeDefined();
  });

  it('starts at an action and reaches every action, and every action reaches a disconnect', () => {
    expect(byId.has(flow.StartAction)).toBe(true);
    const reached = new Set<string>();
    const queue = [flow.StartAction];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (reached.has(id)) continue;
      reached.add(id);
      queue.push(...targets(byId.get(id) ?? ({ Transitions: {} } as Action)));
    }
    expect([...reached].sort()).toEqual([...byId.keys()].sort());
    const ends = (id: string, seen = new Set<string>()): boolean => {
      const action = byId.get(id);
      if (action === undefined || seen.has(id)) return false;
      if (TERMINAL.has(action.Type)) return true;
      seen.add(id);
      return targets(action).every((target) => ends(target, new Set(seen)));
    };
    for (const id of byId.keys()) expect(ends(id), id).toBe(true);
  });

  it('has designer positions for every action', () => {
    expect(Object.keys(flow.Metadata.ActionMetadata).sort()).toEqual([...byId.keys()].sort());
  });
});

describe('the flow and the function agree', () => {
  it('invokes the function synchronously within Connect\'s 8 s, as a STRING_MAP, with an error branch', () => {
    const [invoke] = actionsOfType('InvokeLambdaFunction');
    expect(actionsOfType('InvokeLambdaFunction')).toHaveLength(1);
    expect(invoke?.Parameters).toMatchObject({
      LambdaFunctionARN: FUNCTION_ARN,
      InvocationTimeLimitSeconds: '8',
      InvocationType: 'SYNCHRONOUS',
      ResponseValidation: { ResponseType: 'STRING_MAP' },
    });
    expect(invoke?.Transitions.Errors).toContainEqual(expect.objectContaining({ ErrorType: 'NoMatchingError' }));
  });

  it('passes the function no contact data: it reads the number from the event, and flow logs would record a copy', () => {
    const [invoke] = actionsOfType('InvokeLambdaFunction');
    expect(invoke?.Parameters).not.toHaveProperty('LambdaInvocationAttributes');
  });

  it('ends every JSONPath where Connect cannot read it as a longer path', () => {
    const texts = flow.Actions.flatMap((action) => strings(action.Parameters));
    for (const text of texts) expect(text).not.toMatch(/\$\.[A-Za-z0-9_.]*[A-Za-z0-9_]\.(?![A-Za-z0-9_])/);
  });

  it('reads only $.External keys the handler returns', () => {
    const read = flow.Actions.flatMap((action) => strings(action.Parameters)).flatMap((text) => [...text.matchAll(/\$\.External\.([A-Za-z0-9_]+)/g)].map((m) => m[1]));
    expect(read.length).toBeGreaterThan(0);
    for (const key of read) expect(RESULT_KEYS).toContain(key);
  });

  it('branches on statuses the handler returns, and sends every other outcome to a fallback', () => {
    const statusChecks = actionsOfType('Compare').filter((action) => action.Parameters.ComparisonValue === '$.External.status');
    expect(statusChecks).toHaveLength(1);
    const [check] = statusChecks;
    const operands = (check?.Transitions.Conditions ?? []).flatMap((branch) => branch.Condition?.Operands ?? []);
    for (const operand of operands) expect(RESULT_STATUSES).toContain(operand);
    expect(operands).toEqual(expect.arrayContaining(RESULT_STATUSES.filter((status) => status !== 'ERROR')));
    const fallback = byId.get(check?.Transitions.NextAction ?? '');
    expect(fallback?.Type).toBe('MessageParticipant');
    expect(check?.Transitions.Errors).toContainEqual({ ErrorType: 'NoMatchingCondition', NextAction: check?.Transitions.NextAction });
  });

  it.each(Array.from({ length: SPOKEN_MAX }, (_, index) => index + 1))('speaks option %i as digits, words and spelling in every language', (slot) => {
    for (const action of actionsOfType('UpdateContactAttributes').filter((candidate) => candidate.Identifier.startsWith('set-prompts-'))) {
      const option = String((action.Parameters.Attributes as Record<string, string>)[`promptOption${slot}`]);
      expect(option, action.Identifier).toContain(`<say-as interpret-as="digits">$.External.vanity${slot}Digits</say-as>`);
      expect(option, action.Identifier).toContain(`$.External.vanity${slot}Words`);
      expect([`<say-as interpret-as="characters">$.External.vanity${slot}Spelled</say-as>`, `$.External.vanity${slot}Letters`].some((spelling) => option.includes(spelling)), action.Identifier).toBe(true);
    }
  });
});

describe('the voice', () => {
  const voice = (id: string) => byId.get(id)?.Parameters;
  const onError = (id: string) => byId.get(id)?.Transitions.Errors?.find((branch) => branch.ErrorType === 'NoMatchingError')?.NextAction;

  it('speaks the prompts in the voice the function chose, falling back to the default English voice and prompts', () => {
    expect(voice('set-voice')).toEqual({ TextToSpeechVoice: '$.External.voice', TextToSpeechEngine: '$.External.voiceEngine' });
    expect(onError('set-voice')).toBe('set-default-voice');
    expect(voice('set-default-voice')).toEqual({ TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Standard' });
    expect(byId.get('set-default-voice')?.Transitions.NextAction).toBe('set-prompts-en');
  });

  it('spells in the spelling voice the function chose, falling back to the default English voice', () => {
    expect(byId.get('say-intro')?.Transitions.NextAction).toBe('set-spelling-voice');
    expect(voice('set-spelling-voice')).toEqual({ TextToSpeechVoice: '$.External.spellingVoice', TextToSpeechEngine: '$.External.spellingEngine' });
    expect(onError('set-spelling-voice')).toBe('set-default-spelling-voice');
    expect(voice('set-default-spelling-voice')).toEqual({ TextToSpeechVoice: 'Joanna', TextToSpeechEngine: 'Standard' });
  });

  it('answers in English, in the default voice, when the function fails', () => {
    expect(onError('invoke-vanity-lookup')).toBe('set-default-voice');
  });

  it('defines NoMatchingError on every voice change, as Connect requires', () => {
    for (const action of actionsOfType('UpdateContactTextToSpeechVoice')) expect(onError(action.Identifier), action.Identifier).toBeDefined();
  });
});
