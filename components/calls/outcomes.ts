import type { VanityCall } from './call-record';

/** How the dashboard names and explains one outcome of a call. */
export interface OutcomeText {
  /** A few words for the badge. */
  label: string;
  /** The badge colour; it only repeats what the label says. */
  variation: 'success' | 'info' | 'warning' | 'error';
  /** One sentence on what the caller heard and what the record holds. */
  explanation: string;
}

/** Every outcome the data model allows (the `CallOutcome` enum), in words; the type makes a new one a compile error here. */
export const OUTCOMES: Readonly<Record<VanityCall['outcome'], OutcomeText>> = {
  OK: {
    label: 'Vanity numbers spoken',
    variation: 'success',
    explanation: 'The caller heard their best vanity numbers.',
  },
  NO_WORDS: {
    label: 'No words fit',
    variation: 'info',
    explanation:
      'The number is fine, but no word fits it well enough to offer (most numbers: the engine gives none rather than a poor one, and 0s and 1s have no letters): the caller was told so, and the record keeps the number itself.',
  },
  NO_USABLE_NUMBER: {
    label: 'No usable number',
    variation: 'warning',
    explanation: 'The caller ID was withheld or could not be read as a phone number, so there was nothing to spell.',
  },
  ERROR: {
    label: 'Error',
    variation: 'error',
    explanation: 'The lookup failed; the caller was asked to try again later.',
  },
};
