/** A text-to-speech engine as Connect's UpdateContactTextToSpeechVoice names it. */
export type VoiceEngine = 'Neural' | 'Standard';

/** One Amazon Polly voice: its id, the language it speaks natively, and the engines it has. */
export interface PollyVoice {
  readonly id: string;
  /** Polly's language code, also the SSML `xml:lang` value, e.g. "de-DE". */
  readonly languageCode: string;
  readonly engines: readonly VoiceEngine[];
}

const voice = (id: string, languageCode: string, ...engines: VoiceEngine[]): PollyVoice => ({ id, languageCode, engines });

/**
 * The Polly voices this project speaks with (and the common English ones, which the local Connect also
 * accepts), as Polly's voice list gives them
 * (https://docs.aws.amazon.com/polly/latest/dg/available-voices.html). Connect's Set voice block offers
 * Polly's voices with their neural and standard engines
 * (https://docs.aws.amazon.com/connect/latest/adminguide/set-voice.html); a voice used with an engine it
 * lacks is an error in Connect, and the local Connect refuses it the same way.
 */
export const POLLY_VOICES: readonly PollyVoice[] = [
  voice('Joanna', 'en-US', 'Neural', 'Standard'),
  voice('Matthew', 'en-US', 'Neural', 'Standard'),
  voice('Salli', 'en-US', 'Neural', 'Standard'),
  voice('Kendra', 'en-US', 'Neural', 'Standard'),
  voice('Kimberly', 'en-US', 'Neural', 'Standard'),
  voice('Ivy', 'en-US', 'Neural', 'Standard'),
  voice('Joey', 'en-US', 'Neural', 'Standard'),
  voice('Justin', 'en-US', 'Neural', 'Standard'),
  voice('Kevin', 'en-US', 'Neural'),
  voice('Ruth', 'en-US', 'Neural'),
  voice('Stephen', 'en-US', 'Neural'),
  voice('Amy', 'en-GB', 'Neural', 'Standard'),
  voice('Emma', 'en-GB', 'Neural', 'Standard'),
  voice('Brian', 'en-GB', 'Neural', 'Standard'),
  voice('Arthur', 'en-GB', 'Neural'),
  voice('Niamh', 'en-IE', 'Neural'),
  voice('Olivia', 'en-AU', 'Neural'),
  voice('Nicole', 'en-AU', 'Standard'),
  voice('Russell', 'en-AU', 'Standard'),
  voice('Aria', 'en-NZ', 'Neural'),
  voice('Vicki', 'de-DE', 'Neural', 'Standard'),
  voice('Hannah', 'de-AT', 'Neural'),
  voice('Sabrina', 'de-CH', 'Neural'),
  voice('Lea', 'fr-FR', 'Neural', 'Standard'),
  voice('Lucia', 'es-ES', 'Neural', 'Standard'),
  voice('Mia', 'es-MX', 'Neural', 'Standard'),
  voice('Bianca', 'it-IT', 'Neural', 'Standard'),
  voice('Laura', 'nl-NL', 'Neural'),
  voice('Lotte', 'nl-NL', 'Standard'),
  voice('Lisa', 'nl-BE', 'Neural'),
  voice('Ines', 'pt-PT', 'Neural', 'Standard'),
  voice('Camila', 'pt-BR', 'Neural', 'Standard'),
  voice('Elin', 'sv-SE', 'Neural'),
  voice('Astrid', 'sv-SE', 'Standard'),
  voice('Sofie', 'da-DK', 'Neural'),
  voice('Naja', 'da-DK', 'Standard'),
  voice('Ida', 'nb-NO', 'Neural'),
  voice('Liv', 'nb-NO', 'Standard'),
  voice('Ola', 'pl-PL', 'Neural'),
  voice('Ewa', 'pl-PL', 'Standard'),
  voice('Suvi', 'fi-FI', 'Neural'),
  voice('Jitka', 'cs-CZ', 'Neural'),
  voice('Burcu', 'tr-TR', 'Neural'),
  voice('Filiz', 'tr-TR', 'Standard'),
];

/** The voice with this id (case-sensitive, as Polly's ids are), or undefined. */
export function findPollyVoice(id: string): PollyVoice | undefined {
  return POLLY_VOICES.find((candidate) => candidate.id === id);
}
