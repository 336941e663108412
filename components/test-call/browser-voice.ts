/** The part of a browser's SpeechSynthesisVoice the choice needs. */
export interface BrowserVoiceLike {
  readonly lang: string;
  readonly localService?: boolean;
}

// Browsers name Norwegian Bokmål "nb" or "no"; Polly names it "nb".
const normalise = (tag: string): string => tag.replace(/_/g, '-').toLowerCase().replace(/^no(?=-|$)/, 'nb');

/**
 * The browser voice for a language: one of exactly that language and region ("pt-BR"), else one of the
 * language ("pt-PT" for "pt-BR"), else none, so the caller's prompts are never read in another language's voice.
 */
export function pickBrowserVoice<T extends BrowserVoiceLike>(voices: readonly T[], language: string): T | undefined {
  const wanted = normalise(language);
  const primary = wanted.split('-')[0];
  return voices.find((voice) => normalise(voice.lang) === wanted) ?? voices.find((voice) => normalise(voice.lang).split('-')[0] === primary);
}
