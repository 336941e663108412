import { randomUUID } from 'node:crypto';
import type { ConnectContactFlowEvent } from 'aws-lambda';
import { findPollyVoice } from '../../../amplify/voices/polly-voices';
import { evaluateCondition } from './compare';
import { contactFlowEvent } from './contact-event';
import type { FlowAction, FlowDocument } from './flow-language';
import { resolveReferences, resolveSinglePath, type ContactState } from './references';
import { ssmlProblem, ssmlToPlainText } from './ssml';
import { describeError } from '../../../amplify/functions/vanity-lookup/logger';

/** Invokes the function behind an ARN; rejects when it throws. The signal aborts at the time limit. */
export type InvokeFunction = (arn: string, event: ConnectContactFlowEvent, signal: AbortSignal) => Promise<unknown>;

/** Something the caller heard. */
export interface Utterance {
  readonly actionId: string;
  readonly kind: 'Text' | 'SSML';
  /** The Text or SSML as Polly receives it, references resolved. */
  readonly content: string;
  /** What the caller hears, as plain text. */
  readonly text: string;
  /** The language of the voice that spoke it, e.g. "de-DE". */
  readonly language: string;
}

/** One InvokeLambdaFunction block's outcome. */
export interface LambdaInvocation {
  readonly actionId: string;
  readonly functionArn: string;
  readonly parameters: Record<string, string>;
  readonly attempts: number;
  readonly durationMs: number;
  readonly outcome: 'OK' | 'ERROR' | 'TIMEOUT' | 'INVALID_RESPONSE';
  readonly error?: string;
}

/** A voice the flow set: the Polly voice, its engine (lower case) and the language it speaks, e.g. "de-DE". */
export interface VoiceChange {
  readonly voice: string;
  readonly engine: string;
  readonly language: string;
}

/** Everything a simulated call produced. */
export interface FlowRun {
  readonly contactId: string;
  readonly transcript: Utterance[];
  readonly attributes: Record<string, string>;
  /** `$.External` after the last Lambda invocation. */
  readonly external: Record<string, unknown>;
  /** The identifiers of the actions run, in order. */
  readonly path: string[];
  readonly invocations: LambdaInvocation[];
  /** The voice in effect when the call ended. */
  readonly voice: { name: string; engine: string; style?: string };
  /** Every voice the flow set, in order. */
  readonly voices: VoiceChange[];
  readonly flowLogging: boolean;
  readonly endedBy: string;
}

/** The flow uses an action type (or a parameter form) the local Connect cannot run faithfully. */
export class UnsupportedFlowActionError extends Error {
  constructor(readonly actionType: string, readonly identifier: string, detail = '') {
    super(`The local Connect does not support action type "${actionType}" (action "${identifier}")${detail ? `: ${detail}` : ''}`);
    this.name = 'UnsupportedFlowActionError';
  }
}

/** The flow cannot go on: an error without an error branch, a missing transition, or a loop. */
export class FlowExecutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlowExecutionError';
  }
}

/** A call into the flow: who calls, which number they dialled. */
export interface CallInput {
  /** The caller's number as Connect presents it; undefined when the network sends none. */
  readonly customerNumber: string | undefined;
  readonly systemNumber: string;
  readonly instanceArn: string;
  readonly region: string;
  readonly contactId?: string;
}

const MAX_STEPS = 500;
const MAX_SYNC_SECONDS = 8;
const MAX_RESPONSE_BYTES = 32 * 1024;
const MAX_LAMBDA_RETRIES = 3;

type Outcome = { next: 'default' } | { next: 'error'; errorType: string; reason: string } | { next: 'action'; target: string } | { next: 'end' };

function param(action: FlowAction, name: string): string | undefined {
  const value = action.Parameters[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new FlowExecutionError(`${action.Type} "${action.Identifier}": ${name} must be a string`);
  return value;
}

function stringMap(action: FlowAction, name: string): Record<string, string> {
  const value = action.Parameters[name] ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FlowExecutionError(`${action.Type} "${action.Identifier}": ${name} must be an object`);
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key, item] of entries) {
    if (typeof item !== 'string') throw new FlowExecutionError(`${action.Type} "${action.Identifier}": ${name}.${key} must be a string`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** Why a Lambda response fails Connect's response validation, or undefined when it passes. */
function responseProblem(response: unknown, type: string): string | undefined {
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return 'the response is not a JSON object';
  if (Buffer.byteLength(JSON.stringify(response)) >= MAX_RESPONSE_BYTES) return 'the response is 32 KB or more';
  if (type === 'STRING_MAP') {
    const nested = Object.entries(response).find(([, value]) => typeof value !== 'string' && value !== null);
    if (nested) return `STRING_MAP values must be strings; "${nested[0]}" is ${JSON.stringify(nested[1])}`;
  }
  return undefined;
}

/** Runs a flow for one simulated call, the way Connect walks it. */
export async function runFlow(flow: FlowDocument, call: CallInput, invoke: InvokeFunction): Promise<FlowRun> {
  const contactId = call.contactId ?? randomUUID();
  const state: ContactState = {
    contactId,
    initialContactId: contactId,
    channel: 'VOICE',
    instanceArn: call.instanceArn,
    awsRegion: call.region,
    customerEndpoint: call.customerNumber === undefined ? null : { Address: call.customerNumber, Type: 'TELEPHONE_NUMBER' },
    systemEndpoint: { Address: call.systemNumber, Type: 'TELEPHONE_NUMBER' },
    attributes: {},
    external: {},
  };
  const run = {
    transcript: [] as Utterance[],
    path: [] as string[],
    invocations: [] as LambdaInvocation[],
    voice: { name: 'Joanna', engine: 'standard' } as { name: string; engine: string; style?: string },
    voices: [] as VoiceChange[],
    flowLogging: false,
  };
  // Joanna (en-US) speaks until the flow sets a voice.
  let speaking = 'en-US';
  const actions = new Map(flow.Actions.map((action) => [action.Identifier, action]));
  let current = actions.get(flow.StartAction);
  let endedBy = 'EndOfFlow';

  while (current) {
    if (run.path.length >= MAX_STEPS) {
      throw new FlowExecutionError(`The flow ran ${MAX_STEPS} actions without ending (a loop?); last action "${current.Identifier}"`);
    }
    const action = current;
    run.path.push(action.Identifier);
    const outcome = await execute(action);
    if (outcome.next === 'end') {
      endedBy = action.Type;
      break;
    }
    const target = nextAction(action, outcome);
    current = actions.get(target);
  }
  return { contactId, ...run, attributes: { ...state.attributes }, external: { ...state.external }, endedBy };

  function nextAction(action: FlowAction, outcome: Outcome): string {
    if (outcome.next === 'action') return outcome.target;
    if (outcome.next === 'error') {
      const errors = action.Transitions.Errors ?? [];
      const branch = errors.find((e) => e.ErrorType === outcome.errorType) ?? errors.find((e) => e.ErrorType === 'NoMatchingError');
      if (!branch) throw new FlowExecutionError(`${action.Type} "${action.Identifier}" failed (${outcome.errorType}: ${outcome.reason}) and has no error branch for it`);
      return branch.NextAction;
    }
    if (!action.Transitions.NextAction) throw new FlowExecutionError(`${action.Type} "${action.Identifier}" has no NextAction`);
    return action.Transitions.NextAction;
  }

  async function execute(action: FlowAction): Promise<Outcome> {
    switch (action.Type) {
      case 'MessageParticipant':
        return message(action);
      case 'InvokeLambdaFunction':
        return invokeLambda(action);
      case 'Compare':
        return compare(action);
      case 'UpdateContactAttributes': {
        if ((param(action, 'TargetContact') ?? 'Current') !== 'Current') {
          throw new UnsupportedFlowActionError(action.Type, action.Identifier, 'only TargetContact "Current" is supported');
        }
        const updates = Object.entries(stringMap(action, 'Attributes')).map(([key, value]) => [resolveReferences(key, state), resolveReferences(value, state)] as const);
        // All attributes are set, or none (Connect's rule); an empty key is invalid.
        if (updates.some(([key]) => key === '')) return { next: 'error', errorType: 'NoMatchingError', reason: 'an attribute key resolved to ""' };
        for (const [key, value] of updates) state.attributes[key] = value;
        return { next: 'default' };
      }
      case 'UpdateContactTextToSpeechVoice': {
        const name = resolveReferences(param(action, 'TextToSpeechVoice') ?? '', state);
        const engine = resolveReferences(param(action, 'TextToSpeechEngine') ?? 'Standard', state);
        const style = param(action, 'TextToSpeechStyle');
        // Connect fails the action when the voice or engine is invalid, or the voice lacks that engine.
        const known = findPollyVoice(name);
        const supported = known?.engines.find((candidate) => candidate.toLowerCase() === engine.toLowerCase());
        if (!known || !supported) return { next: 'error', errorType: 'NoMatchingError', reason: `invalid voice "${name}" or engine "${engine}"` };
        run.voice = { name, engine: engine.toLowerCase(), ...(style ? { style } : {}) };
        run.voices.push({ voice: name, engine: engine.toLowerCase(), language: known.languageCode });
        speaking = known.languageCode;
        return { next: 'default' };
      }
      case 'UpdateFlowLoggingBehavior': {
        const behavior = param(action, 'FlowLoggingBehavior');
        if (behavior !== 'Enabled' && behavior !== 'Disabled') throw new FlowExecutionError(`UpdateFlowLoggingBehavior "${action.Identifier}": FlowLoggingBehavior must be Enabled or Disabled`);
        run.flowLogging = behavior === 'Enabled';
        return { next: 'default' };
      }
      case 'DisconnectParticipant':
      case 'EndFlowExecution':
        return { next: 'end' };
      default:
        throw new UnsupportedFlowActionError(action.Type, action.Identifier);
    }
  }

  function message(action: FlowAction): Outcome {
    const forms = ['Text', 'SSML', 'PromptId'].filter((key) => action.Parameters[key] !== undefined);
    if (forms.length !== 1) throw new FlowExecutionError(`MessageParticipant "${action.Identifier}" needs exactly one of Text, SSML, PromptId`);
    if (forms[0] === 'PromptId') throw new UnsupportedFlowActionError(action.Type, action.Identifier, 'audio prompts (PromptId) cannot be transcribed locally');
    if (action.Parameters.Media !== undefined) throw new UnsupportedFlowActionError(action.Type, action.Identifier, 'Media is not supported');
    if (forms[0] === 'Text') {
      const content = resolveReferences(param(action, 'Text') ?? '', state);
      run.transcript.push({ actionId: action.Identifier, kind: 'Text', content, text: content, language: speaking });
      return { next: 'default' };
    }
    const content = resolveReferences(param(action, 'SSML') ?? '', state);
    const problem = ssmlProblem(content);
    if (problem) return { next: 'error', errorType: 'NoMatchingError', reason: problem };
    run.transcript.push({ actionId: action.Identifier, kind: 'SSML', content, text: ssmlToPlainText(content), language: speaking });
    return { next: 'default' };
  }

  function compare(action: FlowAction): Outcome {
    const path = param(action, 'ComparisonValue');
    if (path === undefined) throw new FlowExecutionError(`Compare "${action.Identifier}" needs a ComparisonValue`);
    const value = resolveSinglePath(path, state);
    for (const { Condition, NextAction } of action.Transitions.Conditions ?? []) {
      try {
        if (evaluateCondition(value, Condition.Operator, Condition.Operands)) return { next: 'action', target: NextAction };
      } catch (error) {
        throw new FlowExecutionError(`Compare "${action.Identifier}": ${(error as Error).message}`);
      }
    }
    const noMatch = (action.Transitions.Errors ?? []).find((e) => e.ErrorType === 'NoMatchingCondition');
    if (noMatch) return { next: 'action', target: noMatch.NextAction };
    return { next: 'default' };
  }

  async function invokeLambda(action: FlowAction): Promise<Outcome> {
    if ((param(action, 'InvocationType') ?? 'SYNCHRONOUS') !== 'SYNCHRONOUS') {
      throw new UnsupportedFlowActionError(action.Type, action.Identifier, 'only SYNCHRONOUS invocation is supported');
    }
    const limitText = param(action, 'InvocationTimeLimitSeconds') ?? String(MAX_SYNC_SECONDS);
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit <= 0 || limit > MAX_SYNC_SECONDS) {
      throw new FlowExecutionError(`InvokeLambdaFunction "${action.Identifier}": InvocationTimeLimitSeconds must be an integer in 1..8, got "${limitText}"`);
    }
    const validation = action.Parameters.ResponseValidation as { ResponseType?: string } | undefined;
    const responseType = validation?.ResponseType ?? 'STRING_MAP';
    const arn = resolveReferences(param(action, 'LambdaFunctionARN') ?? '', state);
    const parameters = Object.fromEntries(Object.entries(stringMap(action, 'LambdaInvocationAttributes')).map(([k, v]) => [k, resolveReferences(v, state)]));
    const event = contactFlowEvent(state, parameters);
    const started = performance.now();
    const deadline = started + limit * 1000;
    let attempts = 0;
    let outcome: LambdaInvocation['outcome'] = 'ERROR';
    let error = '';
    // Connect retries a failed synchronous invocation up to three times within the time limit.
    while (attempts <= MAX_LAMBDA_RETRIES && performance.now() < deadline) {
      attempts += 1;
      const result = await invokeWithin(arn, event, deadline - performance.now());
      if (result.kind === 'timeout') {
        outcome = 'TIMEOUT';
        error = `no response within ${limit} s`;
        break;
      }
      if (result.kind === 'error') {
        error = result.message;
        continue;
      }
      const problem = responseProblem(result.value, responseType);
      if (problem) {
        outcome = 'INVALID_RESPONSE';
        error = problem;
        break;
      }
      state.external = { ...(result.value as Record<string, unknown>) };
      run.invocations.push({ actionId: action.Identifier, functionArn: arn, parameters, attempts, durationMs: performance.now() - started, outcome: 'OK' });
      return { next: 'default' };
    }
    run.invocations.push({ actionId: action.Identifier, functionArn: arn, parameters, attempts, durationMs: performance.now() - started, outcome, error });
    return { next: 'error', errorType: 'NoMatchingError', reason: `Lambda ${outcome}: ${error}` };
  }

  async function invokeWithin(arn: string, event: ConnectContactFlowEvent, ms: number): Promise<{ kind: 'ok'; value: unknown } | { kind: 'error'; message: string } | { kind: 'timeout' }> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ kind: 'timeout' }>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ kind: 'timeout' });
      }, Math.max(0, ms));
    });
    const attempt = invoke(arn, event, controller.signal).then(
      (value) => ({ kind: 'ok' as const, value }),
      (error: unknown) => ({ kind: 'error' as const, message: error instanceof Error ? error.message : describeError(error) }),
    );
    try {
      return await Promise.race([attempt, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
