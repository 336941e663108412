import { describe, expect, it } from 'vitest';
import { renderFlowFile, VANITY_FLOW_TEMPLATE_PATH } from '../../../amplify/custom/vanity-connect/flow-template';
import { generateVanityNumbers, LOCAL_LANGUAGES } from '../../../amplify/engine';
import { RESULT_KEYS, type ResultStatus, type SpokenVanityNumber } from '../../../amplify/functions/vanity-lookup/contract';
import { toFlowResult } from '../../../amplify/functions/vanity-lookup/flow-result';
import { lookupCall } from '../../../amplify/functions/vanity-lookup/lookup-call';
import { chooseCallerVoice } from '../../../amplify/voices/caller-voice';
import { parseFlow } from '../../../local/twin/connect/flow-language';
import { runFlow } from '../../../local/twin/connect/interpreter';
import { ssmlProblem } from '../../../local/twin/connect/ssml';
import { contactEvent } from '../functions/vanity-lookup/fixtures';

const flow = parseFlow(renderFlowFile(VANITY_FLOW_TEMPLATE_PATH, { VanityLookupFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' }));
const CALL = { customerNumber: '+18003569377', systemNumber: '+18005550199', instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i', region: 'us-east-1' };
const LANGUAGES = ['en', ...LOCAL_LANGUAGES];

const promptSets = new Map(
  flow.Actions.filter((action) => action.Type === 'UpdateContactAttributes' && action.Identifier.startsWith('set-prompts-')).map(
    (action) => [action.Identifier.slice('set-prompts-'.length), action.Parameters.Attributes as Record<string, string>] as const,
  ),
);
/** Every prompt the flow speaks: the `$.Attributes.prompt…` its messages read. */
const PROMPT_KEYS = [
  ...new Set(flow.Actions.filter((action) => action.Type === 'MessageParticipant').map((action) => String(action.Parameters.SSML).replace(/^\$\.Attributes\./, ''))),
].sort();
const prompts = [...promptSets].flatMap(([language, set]) => Object.entries(set).map(([key, ssml]) => [language, key, ssml] as const));

// https://docs.aws.amazon.com/connect/latest/adminguide/supported-ssml-tags.html and Polly's say-as values.
const SSML_TAGS: Record<string, RegExp> = {
  speak: /^$/,
  break: /^ time="(\d+m?s)"$/,
  lang: /^ xml:lang="(\$\.External\.languageTag|[a-z]{2,3}-[A-Z]{2})"$/,
  prosody: /^ rate="(x-slow|slow|medium|fast|x-fast)"$/,
  s: /^$/,
  p: /^$/,
  'say-as': /^ interpret-as="(characters|spell-out|digits|cardinal|number|ordinal|telephone)"$/,
};

/** Why this is not SSML Connect plays as written, or undefined. */
function connectSsmlProblem(ssml: string): string | undefined {
  const balance = ssmlProblem(ssml);
  if (balance) return balance;
  for (const [, closing, name = '', attributes = ''] of ssml.matchAll(/<(\/?)([a-z:-]+)([^>]*?)\/?>/g)) {
    const allowed = SSML_TAGS[name];
    if (!allowed) return `<${name}> is not a tag this project's prompts use (Connect's supported SSML)`;
    if (!closing && !allowed.test(attributes)) return `<${name}${attributes}> has attributes Connect does not read`;
    const time = /time="(\d+)(m?s)"/.exec(attributes);
    if (time && Number(time[1]) * (time[2] === 's' ? 1000 : 1) > 10_000) return 'a break longer than Connect\'s 10 s';
  }
  if (ssml.replace(/<[^>]*>/g, '').match(/[<>&]/)) return 'a raw <, > or & in the text';
  return undefined;
}

describe('the prompts: one set per language, in the flow', () => {
  it('has a prompt set for English and every local language, and no other', () => {
    expect([...promptSets.keys()].sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s: the flow picks its prompts by $.External.language', (language) => {
    const choose = flow.Actions.find((action) => action.Identifier === 'choose-prompts');
    expect(choose?.Parameters.ComparisonValue).toBe('$.External.language');
    expect(choose?.Transitions.Conditions).toContainEqual({ NextAction: `set-prompts-${language}`, Condition: { Operator: 'Equals', Operands: [language] } });
  });

  it.each(LANGUAGES)('%s: holds every prompt the flow speaks, and nothing else', (language) => {
    expect(PROMPT_KEYS.length).toBeGreaterThanOrEqual(9);
    expect(Object.keys(promptSets.get(language) ?? {}).sort()).toEqual(PROMPT_KEYS);
  });

  it.each(LOCAL_LANGUAGES)('%s: is translated, in the voice\'s language (not a copy of the English)', (language) => {
    const english = promptSets.get('en') ?? {};
    for (const [key, ssml] of Object.entries(promptSets.get(language) ?? {})) {
      expect(ssml, key).not.toBe(english[key]);
      expect(ssml, key).toMatch(/^<speak><lang xml:lang="\$\.External\.languageTag">.*<\/lang><\/speak>$/s);
    }
  });

  // https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundVoiceContact.html: 32,768 UTF-8 bytes of attributes per contact.
  it.each([...promptSets])('%s: fits a contact\'s attributes many times over (prompts are stored as attributes)', (_, set) => {
    const bytes = Object.entries(set).reduce((sum, [key, value]) => sum + Buffer.byteLength(key) + Buffer.byteLength(value), 0);
    expect(bytes).toBeLessThan(32_768 / 4);
  });

  it.each(prompts)('%s %s is SSML Connect accepts', (_, __, ssml) => {
    expect(connectSsmlProblem(ssml)).toBeUndefined();
  });

  it.each(prompts)('%s %s reads only keys the function returns', (_, __, ssml) => {
    for (const [, key] of ssml.matchAll(/\$\.External\.([A-Za-z0-9_]+)/g)) expect(RESULT_KEYS).toContain(key);
    expect(ssml).not.toMatch(/\$\.(?!External\.)/);
  });

  it.each([
    ['unsupported tag', '<speak><audio src="x"/></speak>'],
    ['unknown say-as', '<speak><say-as interpret-as="vanity">X</say-as></speak>'],
    ['long break', '<speak><break time="11s"/></speak>'],
    ['unbalanced', '<speak><s>x</speak>'],
    ['raw ampersand', '<speak>A & B</speak>'],
  ])('the SSML check refuses a prompt with an %s', (_, ssml) => {
    expect(connectSsmlProblem(ssml)).toBeDefined();
  });
});

const NUMBERS: SpokenVanityNumber[] = [
  { text: '49-30-11-KAFFEE', digits: '03011', words: 'kaffee', spelled: 'KAFFEE' },
  { text: '49-30-11-KAFF-33', digits: '03011', words: 'kaff', spelled: 'KAFF33' },
  { text: '49-30-1-SWIM-00', digits: '0301', words: 'swim', spelled: 'SWIM00' },
];

describe('each language through the flow, as the local Connect speaks it', () => {
  const cases = LANGUAGES.flatMap((language) =>
    (['OK', 'NO_WORDS', 'NO_NUMBER', 'ERROR'] as const).map((status) => [language, status] as const),
  );

  it.each(cases)('%s, %s: every placeholder filled, valid SSML, in the language\'s voice', async (language, status: ResultStatus) => {
    const voice = chooseCallerVoice(language);
    const answer = { ...toFlowResult(status, status === 'OK' ? NUMBERS : [], voice), language };
    const run = await runFlow(flow, CALL, () => Promise.resolve(answer));
    expect(run.transcript.length).toBeGreaterThanOrEqual(3);
    for (const { content, text } of run.transcript) {
      expect(content).not.toMatch(/\$\.|\$\{/);
      expect(connectSsmlProblem(content)).toBeUndefined();
      expect(text.trim()).not.toBe('');
    }
    const set = promptSets.get(language) ?? {};
    const heard = run.transcript.map((utterance) => utterance.content);
    expect(heard[0]).toBe(set.promptGreet?.replace('$.External.languageTag', voice.languageTag));
    if (status === 'OK') {
      expect(heard.join(' ')).toContain('KAFFEE'.split('').join(language === 'fi' || language === 'cs' ? '-' : ''));
      expect(heard.join(' ')).toContain('<say-as interpret-as="digits">03011</say-as>');
    }
    expect(run.voices[0]).toEqual({ voice: voice.speech.voice, engine: voice.speech.engine.toLowerCase(), language: voice.languageTag });
  });

  // One option is introduced in the singular ("Here is a vanity number..."), two or three in the plural.
  it.each(LANGUAGES.flatMap((language) => [1, 2, 3].map((count) => [language, count] as const)))('%s, %i option(s): the intro agrees with the count', async (language, count) => {
    const voice = chooseCallerVoice(language);
    const answer = { ...toFlowResult('OK', NUMBERS.slice(0, count), voice), language };
    const run = await runFlow(flow, CALL, () => Promise.resolve(answer));
    const set = promptSets.get(language) ?? {};
    const intro = (count === 1 ? set.promptIntroOne : set.promptIntro)?.replace('$.External.languageTag', voice.languageTag);
    expect(intro).toBeDefined();
    expect(set.promptIntroOne).not.toBe(set.promptIntro);
    expect(run.transcript.map((utterance) => utterance.content)).toContain(intro);
    expect(run.transcript.filter((utterance) => utterance.content.includes('break time="700ms"'))).toHaveLength(count);
  });

  it('English: one option is introduced as "a vanity number", not "vanity numbers"', () => {
    expect(promptSets.get('en')?.promptIntroOne).toContain('Here is a vanity number that spells');
  });

  it.each([
    ['+18003569377', 'en', 'en-US', 'Thanks for calling'],
    ['+493012345678', 'de', 'de-DE', 'Danke für Ihren Anruf'],
    ['+33142345678', 'fr', 'fr-FR', "Merci d'avoir appelé"],
    ['+5511987654321', 'pt', 'pt-BR', 'Obrigado por ligar'],
    ['+905321234567', 'tr', 'tr-TR', 'teşekkür ederiz'],
    ['+3612345678', 'en', 'en-US', 'Thanks for calling'],
  ])('a call from %s with the real function is answered in %s (%s)', async (number, language, tag, greeting) => {
    const { result } = lookupCall(contactEvent(number), { generate: generateVanityNumbers, now: new Date(0), retentionDays: 1 });
    const run = await runFlow(flow, { ...CALL, customerNumber: number }, () => Promise.resolve(result));
    expect(run.attributes.vanityLanguage).toBe(language);
    expect(run.voices[0]?.language).toBe(tag);
    expect(run.transcript[0]?.text).toContain(greeting);
    for (const { content } of run.transcript) expect(content).not.toMatch(/\$\./);
  });
});
