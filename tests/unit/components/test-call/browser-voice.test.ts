import { describe, expect, it } from 'vitest';
import { pickBrowserVoice } from '@/components/test-call/browser-voice';

const VOICES = [{ lang: 'en-US' }, { lang: 'de_DE' }, { lang: 'pt-PT' }, { lang: 'pt-BR' }, { lang: 'no-NO' }, { lang: 'es-ES' }];

describe('pickBrowserVoice', () => {
  it.each([
    ['de-DE', 'de_DE'],
    ['de-AT', 'de_DE'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['nb-NO', 'no-NO'],
    ['es-MX', 'es-ES'],
    ['en-US', 'en-US'],
    ['fi-FI', undefined],
  ])('%s -> %s', (language, lang) => {
    expect(pickBrowserVoice(VOICES, language)?.lang).toBe(lang);
  });
});
