import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { espeakVoice, renderCallAudio, toEspeakSsml } from '../../../local/cli/espeak-audio';
import { durationSeconds, parseWav } from '../../../local/cli/wav';

const hasEspeak = (() => {
  try {
    execFileSync('espeak-ng', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('espeakVoice', () => {
  it.each([
    ['en-US', 'en-us'],
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['es-MX', 'es-419'],
    ['es-ES', 'es'],
    ['pt-BR', 'pt-br'],
    ['pt-PT', 'pt'],
    ['nb-NO', 'nb'],
    ['cs-CZ', 'cs'],
  ])('%s -> %s', (language, voice) => {
    expect(espeakVoice(language)).toBe(voice);
  });
});

describe('toEspeakSsml', () => {
  it.each([
    ['<speak><say-as interpret-as="digits">4930</say-as></speak>', '<speak>4 9 3 0</speak>'],
    ['<speak><lang xml:lang="de-DE">Hallo</lang></speak>', '<speak>Hallo</speak>'],
    ['<speak><say-as interpret-as="characters">KAFFEE</say-as></speak>', '<speak><say-as interpret-as="characters">KAFFEE</say-as></speak>'],
  ])('%s -> %s', (ssml, expected) => {
    expect(toEspeakSsml(ssml)).toBe(expected);
  });
});

// CI installs espeak-ng (.ci/run); a machine without it skips only this rendering.
describe.runIf(hasEspeak)('renderCallAudio with espeak-ng', () => {
  it('renders each prompt in its language into one WAV', async () => {
    const prompts = [
      { content: '<speak>Thanks for calling.</speak>', language: 'en-US' },
      { content: '<speak><lang xml:lang="de-DE">Vorschlag eins: <say-as interpret-as="digits">4930</say-as></lang></speak>', language: 'de-DE' },
    ];
    const one = parseWav(await renderCallAudio(prompts.slice(0, 1)));
    const both = parseWav(await renderCallAudio(prompts));
    expect(durationSeconds(one)).toBeGreaterThan(0.3);
    expect(durationSeconds(both)).toBeGreaterThan(durationSeconds(one) + 1);
  });
});
