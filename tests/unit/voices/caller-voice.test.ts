import { describe, expect, it } from 'vitest';
import { LOCAL_LANGUAGES } from '../../../amplify/engine';
import { chooseCallerVoice, LANGUAGE_VOICES } from '../../../amplify/voices/caller-voice';
import { findPollyVoice, POLLY_VOICES } from '../../../amplify/voices/polly-voices';

const settings = Object.entries(LANGUAGE_VOICES).flatMap(([language, voices]) => [
  [language, 'speech', voices.speech] as const,
  [language, 'spelling', voices.spelling] as const,
  ...Object.entries(voices.byCountry ?? {}).flatMap(([country, variety]) => [
    ...(variety.speech ? [[`${language}-${country}`, 'speech', variety.speech] as const] : []),
    ...(variety.spelling ? [[`${language}-${country}`, 'spelling', variety.spelling] as const] : []),
  ]),
]);

describe('the voice table', () => {
  it('has a voice for English and every local language but Hungarian, which Polly does not speak', () => {
    expect(Object.keys(LANGUAGE_VOICES).sort()).toEqual(['en', ...LOCAL_LANGUAGES.filter((language) => language !== 'hu')].sort());
  });

  it.each(settings)('%s %s: %j is a Polly voice with that engine, of that language', (key, _, setting) => {
    const voice = findPollyVoice(setting.voice);
    expect(voice?.engines).toContain(setting.engine);
    const language = key.slice(0, 2);
    expect(voice?.languageCode.startsWith(language === 'no' ? 'nb' : language)).toBe(true);
  });

  it.each(Object.entries(LANGUAGE_VOICES))('%s: speaks neural when a neural voice exists, spells standard when a standard voice exists', (language, voices) => {
    const own = POLLY_VOICES.filter((voice) => voice.languageCode.startsWith(language === 'no' ? 'nb' : language));
    if (own.some((voice) => voice.engines.includes('Neural'))) expect(voices.speech.engine).toBe('Neural');
    expect(voices.spelling.engine).toBe(own.some((voice) => voice.engines.includes('Standard')) ? 'Standard' : 'Neural');
  });

  it('keeps every id unique', () => {
    expect(new Set(POLLY_VOICES.map((voice) => voice.id)).size).toBe(POLLY_VOICES.length);
  });
});

describe('chooseCallerVoice', () => {
  it.each([
    ['de', 'DE', 'de', 'Vicki', 'de-DE'],
    ['de', 'CH', 'de', 'Sabrina', 'de-CH'],
    ['es', 'AR', 'es', 'Mia', 'es-MX'],
    ['es', 'ES', 'es', 'Lucia', 'es-ES'],
    ['pt', 'PT', 'pt', 'Ines', 'pt-PT'],
    ['nl', 'BE', 'nl', 'Lisa', 'nl-BE'],
    ['hu', 'HU', 'en', 'Joanna', 'en-US'],
    ['xx', undefined, 'en', 'Joanna', 'en-US'],
    ['constructor', undefined, 'en', 'Joanna', 'en-US'],
  ])('%s from %s: answered in %s by %s (%s)', (language, country, answered, voice, tag) => {
    const choice = chooseCallerVoice(language, country);
    expect(choice).toMatchObject({ language: answered, languageTag: tag, speech: { voice } });
  });
});
