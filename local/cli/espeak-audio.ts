import { execFile } from 'node:child_process';
import { joinWavs, parseWav } from './wav';

/** Thrown when espeak-ng is not installed. */
export class EspeakMissingError extends Error {
  constructor() {
    super('Rendering call audio needs espeak-ng, which is not installed: install the Debian package espeak-ng (apt-get install -y espeak-ng).');
    this.name = 'EspeakMissingError';
  }
}

/** One spoken prompt: its SSML and the language of the voice that spoke it. */
export interface SpokenPrompt {
  readonly content: string;
  readonly language: string;
}

// Polly language codes -> espeak-ng voices (`espeak-ng --voices`); the others use their language part.
const ESPEAK_VOICES: Readonly<Record<string, string>> = {
  'en-US': 'en-us',
  'en-GB': 'en-gb',
  'fr-FR': 'fr-fr',
  'es-MX': 'es-419',
  'pt-BR': 'pt-br',
  'nb-NO': 'nb',
};

/** The espeak-ng voice for a Polly language code, e.g. "es-MX" -> "es-419", "de-AT" -> "de". */
export function espeakVoice(languageCode: string): string {
  return ESPEAK_VOICES[languageCode] ?? (languageCode.split('-')[0] ?? 'en').toLowerCase();
}

/**
 * Polly SSML as espeak-ng reads it: espeak-ng reads `say-as interpret-as="digits"` as one number and
 * does not know Polly's `<lang>`, so digits are spaced out and `<lang>` dropped (the voice already is
 * the language).
 */
export function toEspeakSsml(ssml: string): string {
  return ssml
    .replace(/<say-as interpret-as="digits">([^<]*)<\/say-as>/g, (_, digits: string) => digits.split('').join(' '))
    .replace(/<\/?lang\b[^>]*>/g, '');
}

function espeak(ssml: string, voice: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('espeak-ng', ['-m', '-v', voice, '--stdout', ssml], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        reject(code === 'ENOENT' ? new EspeakMissingError() : new Error(`espeak-ng failed: ${stderr.toString().trim() || error.message}`));
      } else {
        resolve(stdout);
      }
    });
  });
}

/** Renders a call's prompts, each in its voice's language, to one WAV file with pauses between them. */
export async function renderCallAudio(prompts: readonly SpokenPrompt[], gapMs = 400): Promise<Buffer> {
  const clips = [];
  for (const prompt of prompts) clips.push(parseWav(await espeak(toEspeakSsml(prompt.content), espeakVoice(prompt.language))));
  return joinWavs(clips, gapMs);
}
