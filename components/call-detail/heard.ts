import flow from '@/flows/vanity-contact-flow.json';
import { explainVanityNumber } from '@/amplify/engine/explain';
import { toFlowResult } from '@/amplify/functions/vanity-lookup/flow-result';
import { toSpokenVanityNumber } from '@/amplify/functions/vanity-lookup/spoken-vanity-number';
import type { ResultStatus, SpokenVanityNumber } from '@/amplify/functions/vanity-lookup/contract';
import { ssmlToPlainText } from '@/local/twin/connect/ssml';
import type { CallSummary } from '@/components/calls/call-record';
import { vanityNumbersOf } from '@/components/calls/call-record';

const STATUS: Record<CallSummary['outcome'], ResultStatus> = {
  OK: 'OK',
  NO_WORDS: 'NO_WORDS',
  NO_USABLE_NUMBER: 'NO_NUMBER',
  ERROR: 'ERROR',
};

const OPTIONS = ['say-option-1', 'say-option-2', 'say-option-3'] as const;

const ATTRIBUTE = /^\$\.Attributes\.(\w+)$/;

/** The prompts the flow sets for a language (its `set-prompts-<language>` block), English when it has none. */
function promptSet(language: string): Record<string, unknown> {
  const of = (code: string) => {
    const action = flow.Actions.find((a) => a.Identifier === `set-prompts-${code}`);
    return action?.Parameters && 'Attributes' in action.Parameters ? (action.Parameters.Attributes as Record<string, unknown>) : undefined;
  };
  const prompts = of(language) ?? of('en');
  if (prompts === undefined) throw new Error('The contact flow sets no English prompts.');
  return prompts;
}

/**
 * The flow's prompt text by block id, in the caller's language: the words are the deployed flow's
 * own, never a copy (a block plays either its own SSML or a prompt attribute the flow set).
 */
function prompt(id: string, language: string): string {
  const action = flow.Actions.find((a) => a.Identifier === id);
  const ssml = action?.Parameters && 'SSML' in action.Parameters ? action.Parameters.SSML : undefined;
  if (typeof ssml !== 'string') throw new Error(`The contact flow has no prompt "${id}".`);
  const attribute = ATTRIBUTE.exec(ssml)?.[1];
  if (attribute === undefined) return ssml;
  const text = promptSet(language)[attribute];
  if (typeof text !== 'string') throw new Error(`The contact flow sets no prompt "${attribute}".`);
  return text;
}

/** The blocks the flow plays for a result (its branches on status and count), in order. */
function promptsFor(status: ResultStatus, count: number): string[] {
  const middle =
    status === 'OK' && count >= 1
      ? [count === 1 ? 'say-intro-one' : 'say-intro', ...OPTIONS.slice(0, count)]
      : status === 'OK' || status === 'NO_NUMBER'
        ? ['say-no-number']
        : status === 'NO_WORDS'
          ? ['say-no-words']
          : ['say-error'];
  return ['greet', ...middle, 'say-goodbye'];
}

/**
 * What the caller heard, line by line, rebuilt from the saved record. Known gap: where the engine let a
 * word run past the number's end (1-800-MICROSO(FT)), the caller heard the whole word but the record
 * keeps only the dialled letters, so this says "microso".
 * Rebuilt from the saved record: the vanity numbers spoken are
 * split as the function splits them for the flow, and put into the flow's own prompts.
 */
export function heardLines(call: Pick<CallSummary, 'outcome' | 'vanityNumbers' | 'spokenCount'> & { language?: string | null }): string[] {
  const spoken = vanityNumbersOf(call)
    .slice(0, call.spokenCount)
    .map((text) => toSpokenVanityNumber({ text, score: 0, parts: explainVanityNumber(text) }))
    .filter((number): number is SpokenVanityNumber => number !== undefined);
  const status = STATUS[call.outcome];
  const external: Record<string, string> = { ...toFlowResult(status, spoken) };
  // A failed lookup is answered in English: the flow's error branch sets the default voice and prompts.
  const language = status === 'ERROR' ? 'en' : (call.language ?? 'en');
  return promptsFor(status, spoken.length).map((id) =>
    ssmlToPlainText(prompt(id, language).replace(/\$\.External\.(\w+)/g, (_m, key: string) => external[key] ?? '')),
  );
}
