import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, InvalidPhoneNumberError, toKeypadDigits } from '../../../../amplify/engine';
import { lookupCall, type GenerateVanityNumbers } from '../../../../amplify/functions/vanity-lookup/lookup-call';
import { RESULT_KEYS, SAFE_VALUE } from '../../../../amplify/functions/vanity-lookup/contract';
import { contactEvent, vanityResult } from './fixtures';

const NOW = new Date('2026-11-24T21:00:00.000Z');
const context = (generate: GenerateVanityNumbers = generateVanityNumbers) => ({ generate, now: NOW, retentionDays: 90 });

describe('lookupCall with the real engine', () => {
  // +18775277454 spells LAPS-454, whose words are said with spaces ("laps 4 5 4").
  it.each(['+18003569377', '+18004684357', '+442079462653', '+61291232273', '+18775277454'])('answers %s with dialable vanity numbers', (number) => {
    const { result, record, outcome } = lookupCall(contactEvent(number), context());
    expect(result.status).toBe('OK');
    expect(outcome).toBe('OK');
    expect(Number(result.count)).toBeGreaterThanOrEqual(1);
    expect(Object.keys(result).sort()).toEqual([...RESULT_KEYS].sort());
    for (const value of Object.values(result)) expect(value).toMatch(SAFE_VALUE);
    const digits = number.replace(/\D/g, '');
    for (const vanity of record?.vanityNumbers ?? []) expect(toKeypadDigits(vanity).replace(/\D/g, '')).toBe(digits);
    expect(record).toMatchObject({ contactId: 'contact-1', callerNumber: number, outcome: 'OK', kind: 'CALL' });
    expect(record?.spokenCount).toBe(Number(result.count));
  });
});

describe('lookupCall: callers without a usable number', () => {
  it.each([
    ['no CustomerEndpoint', contactEvent(null), 'anonymous'],
    ['an empty address', contactEvent(''), 'anonymous'],
    ['blank spaces', contactEvent('   '), 'anonymous'],
    ['"anonymous"', contactEvent('anonymous'), 'anonymous'],
    ['"Restricted"', contactEvent('Restricted'), 'anonymous'],
    ['the keypad spelling of ANONYMOUS', contactEvent('+266696687'), 'anonymous'],
    ['letters', contactEvent('12ab'), '12ab'],
    ['too few digits', contactEvent('+1555'), '+1555'],
    ['an unknown country code', contactEvent('+99912345678'), '+99912345678'],
    ['control characters', contactEvent('\u0000+1\u0007abc'), '+1abc'],
  ])('%s: NO_NUMBER, recorded as NO_USABLE_NUMBER', (_, event, storedAs) => {
    const { result, record } = lookupCall(event, context());
    expect(result).toMatchObject({ status: 'NO_NUMBER', count: '0', vanity1: '', vanity2: '', vanity3: '' });
    expect(record).toMatchObject({ callerNumber: storedAs, outcome: 'NO_USABLE_NUMBER', vanityNumbers: [], spokenCount: 0 });
  });

  it('caps what it stores of an absurdly long address', () => {
    const { record } = lookupCall(contactEvent('9'.repeat(500)), context());
    expect(record?.callerNumber).toHaveLength(40);
  });

  it.each([
    ['our flow: the endpoint, no invocation attributes', '+18003569377', {}, '+18003569377'],
    ['the endpoint wins over an attribute', '+18003569377', { callerNumber: '+13035551234' }, '+18003569377'],
    ['a flow passing callerNumber, no endpoint', null, { callerNumber: '+18003569377' }, '+18003569377'],
    ['a flow passing callerNumber, a blank endpoint', ' ', { callerNumber: '+18003569377' }, '+18003569377'],
  ])('reads the caller from the event: %s', (_, address, parameters, expected) => {
    const { result, record } = lookupCall(contactEvent(address, 'contact-1', parameters), context());
    expect(result.status).toBe('OK');
    expect(record?.callerNumber).toBe(expected);
  });

  it('answers NO_WORDS for a number no word fits, recording the number itself as the fallback', () => {
    const { result, record } = lookupCall(contactEvent('+18003569377'), context(() => vanityResult(['1-800-356-9377'])));
    expect(result).toMatchObject({ status: 'NO_WORDS', count: '0', vanity1: '' });
    expect(record).toMatchObject({
      callerNumber: '+18003569377',
      country: 'US',
      outcome: 'NO_WORDS',
      vanityNumbers: ['1-800-356-9377'],
      spokenCount: 0,
    });
  });

  it('answers NO_WORDS end to end with the real engine for a number of 0s and 1s', () => {
    const { result, record } = lookupCall(contactEvent('+12125550100'), context());
    expect(result.status).toBe('NO_WORDS');
    expect(record).toMatchObject({ outcome: 'NO_WORDS', vanityNumbers: ['1-212-555-0100'], spokenCount: 0 });
  });

  it('answers NO_WORDS when the engine ranks only a name line below the plain number, and records both', () => {
    const listed = ['1-877-472-8513', '1-877-GSA-8513'];
    const { result, record } = lookupCall(contactEvent('+18774728513'), context(() => vanityResult(listed, { e164: '+18774728513' })));
    expect(result).toMatchObject({ status: 'NO_WORDS', count: '0', vanity1: '' });
    expect(record).toMatchObject({ outcome: 'NO_WORDS', vanityNumbers: listed, spokenCount: 0 });
  });

  it('speaks only the words ranked above the plain number, and records the rest after them', () => {
    const listed = ['1-800-39-ADORE', '1-800-392-DOSE', '1-800-392-3673', '1-800-392-FORD'];
    const { result, record } = lookupCall(contactEvent('+18003923673'), context(() => vanityResult(listed, { e164: '+18003923673' })));
    expect(result).toMatchObject({ status: 'OK', count: '2' });
    expect(record).toMatchObject({ outcome: 'OK', vanityNumbers: ['1-800-39-ADORE', '1-800-392-DOSE', '1-800-392-FORD'], spokenCount: 2 });
  });
});

describe('lookupCall: malformed events', () => {
  it.each([
    ['null', null],
    ['a string', 'ContactFlowEvent'],
    ['an empty object', {}],
    ['Details without ContactData', { Details: {} }],
    ['ContactData that is not an object', { Details: { ContactData: 'x' } }],
    ['an array', [contactEvent('+18003569377')]],
  ])('%s: ERROR and nothing to record', (_, event) => {
    const lookup = lookupCall(event, context());
    expect(lookup.result).toMatchObject({ status: 'ERROR', count: '0' });
    expect(lookup.record).toBeUndefined();
    expect(lookup.problem).toMatch(/malformed event/);
  });

  it('answers the caller but cannot record a call without a contact id', () => {
    const lookup = lookupCall(contactEvent('+18003569377', null), context());
    expect(lookup.result.status).toBe('OK');
    expect(lookup.record).toBeUndefined();
  });
});

describe('lookupCall: engine failures', () => {
  it('maps an unexpected engine error to ERROR and records it', () => {
    const lookup = lookupCall(contactEvent('+18003569377'), context(() => { throw new TypeError('index not loaded'); }));
    expect(lookup.result.status).toBe('ERROR');
    expect(lookup.record).toMatchObject({ outcome: 'ERROR', callerNumber: '+18003569377', vanityNumbers: [] });
    expect(lookup.problem).toBe('engine failed: TypeError: index not loaded');
  });

  it('never puts the number from an InvalidPhoneNumberError message in the problem', () => {
    const generate = () => { throw new InvalidPhoneNumberError('+15550100', 'too-short', '"+15550100" is too short'); };
    const lookup = lookupCall(contactEvent('+15550100'), context(generate));
    expect(lookup.problem).toBe('unusable number: too-short');
  });
});

describe('lookupCall: the record', () => {
  it('keeps five ranked numbers, speaks three, and expires after the retention period', () => {
    const texts = ['1-800-FLOWERS', '1-800-FLOWER-7', '1-800-3-LOWERS', '1-800-FLO-WERS', '1-800-356-WERS', '1-800-35-OWERS'];
    const { result, record } = lookupCall(contactEvent('+18003569377'), context(() => vanityResult(texts.slice(0, 5))));
    expect(record).toEqual({
      contactId: 'contact-1',
      callerNumber: '+18003569377',
      country: 'US',
      vanityNumbers: texts.slice(0, 5),
      spokenCount: 3,
      language: 'en',
      outcome: 'OK',
      kind: 'CALL',
      createdAt: '2026-11-24T21:00:00.000Z',
      expiresAt: Date.parse('2027-02-22T21:00:00.000Z') / 1000,
    });
    expect(result).toMatchObject({ count: '3', vanity1: '1-800-FLOWERS', vanity3: '1-800-3-LOWERS', vanity3Digits: '18003' });
  });

  it('speaks no keypad twin of an option already heard, and records it after the heard ones', () => {
    // A business's line lists twins (its word may be one); the caller hears the first only.
    // (Since stop 24 a business's line offers no 982-5-SUN: a three-letter word after four digits adds little.)
    const { result, record } = lookupCall(contactEvent('+18552287871'), context(() => generateVanityNumbers('+18552287871', { limit: 5 })));
    expect(record?.vanityNumbers).toEqual(['1-855-CATS-871', '1-855-ACTS-871', '1-855-BATS-871']);
    expect(result).toMatchObject({ status: 'OK', count: '1', vanity1: '1-855-CATS-871', vanity2: '' });
    expect(record?.spokenCount).toBe(1);
  });

  it('speaks fewer than three when fewer exist', () => {
    const { result, record } = lookupCall(contactEvent('+18003569377'), context(() => vanityResult(['1-800-FLOWERS'])));
    expect(result).toMatchObject({ status: 'OK', count: '1', vanity2: '', vanity2Digits: '', vanity3Spelled: '' });
    expect(record?.spokenCount).toBe(1);
  });
});

describe('lookupCall: contact ids Connect would never send', () => {
  it.each([
    ['just over Connect’s 256 characters', 'c'.repeat(257)],
    ['200 KB', 'x'.repeat(200_000)],
  ])('%s: answers the caller, stores nothing, and says why with a bounded excerpt', (_, contactId) => {
    const lookup = lookupCall(contactEvent('+18003569377', contactId), context());
    expect(lookup.result.status).toBe('OK');
    expect(lookup.record).toBeUndefined();
    expect(lookup.contactId).toBeUndefined();
    expect(lookup.problem).toContain(`contact id of ${contactId.length.toLocaleString('en-US')} characters`);
    expect(lookup.problem?.length).toBeLessThan(200);
  });

  it('keeps a 256-character contact id', () => {
    const contactId = 'c'.repeat(256);
    expect(lookupCall(contactEvent('+18003569377', contactId), context()).record?.contactId).toBe(contactId);
  });
});

describe('lookupCall: the language the caller hears', () => {
  it.each([
    ['+18003569377', 'en', 'en-US', 'Joanna', 'Neural', 'Joanna', 'Standard'],
    ['+442079460000', 'en', 'en-GB', 'Amy', 'Neural', 'Amy', 'Standard'],
    ['+61291234567', 'en', 'en-AU', 'Olivia', 'Neural', 'Nicole', 'Standard'],
    ['+35312345678', 'en', 'en-IE', 'Niamh', 'Neural', 'Amy', 'Standard'],
    ['+493012345678', 'de', 'de-DE', 'Vicki', 'Neural', 'Vicki', 'Standard'],
    ['+43154321098', 'de', 'de-AT', 'Hannah', 'Neural', 'Vicki', 'Standard'],
    ['+33142345678', 'fr', 'fr-FR', 'Lea', 'Neural', 'Lea', 'Standard'],
    ['+34912345678', 'es', 'es-ES', 'Lucia', 'Neural', 'Lucia', 'Standard'],
    ['+525512345678', 'es', 'es-MX', 'Mia', 'Neural', 'Mia', 'Standard'],
    ['+5511987654321', 'pt', 'pt-BR', 'Camila', 'Neural', 'Camila', 'Standard'],
    ['+358912345678', 'fi', 'fi-FI', 'Suvi', 'Neural', 'Suvi', 'Neural'],
    ['+3612345678', 'en', 'en-US', 'Joanna', 'Neural', 'Joanna', 'Standard'],
  ])('%s: answered in %s (%s) by %s %s, spelled by %s %s', (number, language, languageTag, voice, voiceEngine, spellingVoice, spellingEngine) => {
    const { result, record } = lookupCall(contactEvent(number), context());
    expect(result).toMatchObject({ language, languageTag, voice, voiceEngine, spellingVoice, spellingEngine });
    expect(record?.language).toBe(language);
  });

  it.each([
    ['a withheld number', contactEvent(null)],
    ['an unusable number', contactEvent('+1555')],
    ['a malformed event', { nope: true }],
  ])('%s: answered in English', (_, event) => {
    const { result } = lookupCall(event, context());
    expect(result).toMatchObject({ language: 'en', voice: 'Joanna', voiceEngine: 'Neural' });
  });

  it('gives the spelling with hyphens for voices that cannot spell with say-as', () => {
    const { result } = lookupCall(contactEvent('+18003569377'), context(() => vanityResult(['1-800-FLOWERS'])));
    expect(result).toMatchObject({ vanity1Spelled: 'FLOWERS', vanity1Letters: 'F-L-O-W-E-R-S', vanity2Letters: '' });
  });
});
