/** One hyphen-separated piece of a vanity number: a word (letters) or digits kept as dialled. */
export interface VanityPart {
  /** The piece as written, e.g. "JUNK", "800" or "+44". */
  text: string;
  /** What the piece dials on a standard keypad, e.g. "5865". */
  digits: string;
  /** True when the piece is a dictionary word rather than kept digits. */
  isWord: boolean;
  /**
   * Present when the last word runs past the number: the whole word as a caller would say it ("MATTRESS"),
   * while `text` holds only the letters the digits dial ("MATTRES").
   */
  fullWord?: string;
}

/** One ranked vanity number with its score and its parts. */
export interface VanityCandidate {
  /** Formatted vanity number, e.g. "1-800-GOT-JUNK" or "+44-20-7946-WORD". */
  text: string;
  /** Ranking score: higher is more memorable; comparable only within one result. */
  score: number;
  parts: VanityPart[];
}

/** The vanity numbers for one phone number, best first. */
export interface VanityResult {
  /** The input exactly as given. */
  input: string;
  /** The number in E.164, e.g. "+18003569377". */
  e164: string;
  /** ISO 3166-1 alpha-2 country when the number identifies one (absent for e.g. NANP test ranges). */
  country?: string;
  /** Country calling code without the plus, e.g. "1" or "44". */
  callingCode: string;
  /** Formatted vanity numbers, best first, at most `limit`. */
  vanityNumbers: string[];
  /** The same numbers with scores and parts, in the same order. */
  candidates: VanityCandidate[];
}

/** Options for generateVanityNumbers. */
export interface VanityOptions {
  /** How many vanity numbers to return (default 5). */
  limit?: number;
  /** ISO alpha-2 country for numbers given without a "+" (default "US"). */
  defaultCountry?: string;
}
