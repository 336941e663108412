import { callerLanguage, InvalidPhoneNumberError, type VanityResult } from '../../engine';
import { chooseCallerVoice, DEFAULT_LANGUAGE, type CallerVoice } from '../../voices/caller-voice';
import { ANONYMOUS_CALLER, isWithheld, storableCallerNumber } from './caller-number';
import type { CallOutcome, VanityCallRecord } from './call-record';
import { readContactEvent } from './connect-event';
import { RECORDED_MAX, SPOKEN_MAX, type ResultStatus, type SpokenVanityNumber, type VanityFlowResult } from './contract';
import { toFlowResult } from './flow-result';
import { describeError } from './logger';
import { heardFirst } from './heard-choices';
import { toSpokenVanityNumber } from './spoken-vanity-number';

/** The engine entry point, injected so tests can make it fail. */
export type GenerateVanityNumbers = (input: string, options: { limit: number }) => VanityResult;

/** What the core needs besides the event. */
export interface LookupContext {
  generate: GenerateVanityNumbers;
  now: Date;
  /** Days a record is kept before DynamoDB TTL deletes it. */
  retentionDays: number;
}

/** The answer for Connect, the row to save (absent without a contact id) and what to log. */
export interface CallLookup {
  result: VanityFlowResult;
  record?: VanityCallRecord;
  contactId?: string;
  outcome: CallOutcome;
  /** Unmasked: mask before logging. */
  callerNumber: string;
  /** Why the status is not OK, safe to log (never contains the number). */
  problem?: string;
}

interface Answer {
  status: ResultStatus;
  outcome: CallOutcome;
  callerNumber: string;
  country?: string;
  recorded: string[];
  spoken: SpokenVanityNumber[];
  /** The caller's language and voices; English when the number gives no country. */
  voice: CallerVoice;
  problem?: string;
}

const SECONDS_PER_DAY = 86_400;

function answerCaller(address: string | undefined, generate: GenerateVanityNumbers): Answer {
  const unusable = (callerNumber: string, problem: string): Answer =>
    ({ status: 'NO_NUMBER', outcome: 'NO_USABLE_NUMBER', callerNumber, recorded: [], spoken: [], voice: chooseCallerVoice(DEFAULT_LANGUAGE), problem });
  if (address === undefined || isWithheld(address)) return unusable(ANONYMOUS_CALLER, 'caller number withheld or absent');
  let vanity: VanityResult;
  try {
    vanity = generate(address, { limit: RECORDED_MAX });
  } catch (error) {
    if (error instanceof InvalidPhoneNumberError) return unusable(storableCallerNumber(address), `unusable number: ${error.reason}`);
    const voice = chooseCallerVoice(DEFAULT_LANGUAGE);
    return { status: 'ERROR', outcome: 'ERROR', callerNumber: storableCallerNumber(address), recorded: [], spoken: [], voice, problem: `engine failed: ${describeError(error)}` };
  }
  const { ordered, heard } = heardFirst(vanity.candidates, SPOKEN_MAX);
  const usable = ordered.flatMap((candidate) => {
    const spoken = toSpokenVanityNumber(candidate);
    return spoken === undefined ? [] : [{ text: candidate.text, spoken }];
  });
  const country = vanity.country === undefined ? {} : { country: vanity.country };
  const voice = chooseCallerVoice(callerLanguage(vanity.country), vanity.country);
  // heardFirst hears only candidates with a word, the ones usable holds, so no heard one means none usable too.
  if (heard === 0) {
    // A real number that no word fits well enough (most numbers; 0s and 1s have no letters), or only
    // spellings the engine ranks below the plain number (a name line: 1-877-GSA-8513): the record keeps the engine's list, the number itself first, and
    // the flow tells the caller why instead of blaming their caller ID.
    return {
      status: 'NO_WORDS',
      outcome: 'NO_WORDS',
      callerNumber: vanity.e164,
      ...country,
      recorded: vanity.vanityNumbers.slice(0, RECORDED_MAX),
      spoken: [],
      voice,
      problem: 'no vanity number with a word',
    };
  }
  return {
    status: 'OK',
    outcome: 'OK',
    callerNumber: vanity.e164,
    ...country,
    recorded: usable.slice(0, RECORDED_MAX).map((entry) => entry.text),
    spoken: usable.slice(0, heard).map((entry) => entry.spoken),
    voice,
  };
}

/**
 * The pure core of the function: maps a Connect event to the flow's answer and the call's record.
 * Never throws; bad input becomes status NO_NUMBER or ERROR, and a number no word fits NO_WORDS,
 * so the flow speaks a fallback.
 */
export function lookupCall(event: unknown, context: LookupContext): CallLookup {
  const fields = readContactEvent(event);
  if (fields.malformed !== undefined) {
    return { result: toFlowResult('ERROR'), outcome: 'ERROR', callerNumber: ANONYMOUS_CALLER, problem: `malformed event: ${fields.malformed}` };
  }
  const answer = answerCaller(fields.callerAddress, context.generate);
  // A bad contact id costs the record, never the caller's answer.
  const problem = [fields.unusableContactId, answer.problem].filter((text) => text !== undefined).join('; ');
  const base = {
    result: toFlowResult(answer.status, answer.spoken, answer.voice),
    outcome: answer.outcome,
    callerNumber: answer.callerNumber,
    ...(problem === '' ? {} : { problem }),
  };
  if (fields.contactId === undefined) return base;
  const record: VanityCallRecord = {
    contactId: fields.contactId,
    callerNumber: answer.callerNumber,
    ...(answer.country === undefined ? {} : { country: answer.country }),
    vanityNumbers: answer.recorded,
    spokenCount: answer.spoken.length,
    language: answer.voice.language,
    outcome: answer.outcome,
    kind: 'CALL',
    createdAt: context.now.toISOString(),
    expiresAt: Math.floor(context.now.getTime() / 1000) + context.retentionDays * SECONDS_PER_DAY,
  };
  return { ...base, contactId: fields.contactId, record };
}
