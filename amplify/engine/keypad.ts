/** The standard ITU E.161 keypad letters per digit; 0 and 1 carry no letters. */
export const KEYPAD_LETTERS: Readonly<Record<string, string>> = {
  '2': 'ABC',
  '3': 'DEF',
  '4': 'GHI',
  '5': 'JKL',
  '6': 'MNO',
  '7': 'PQRS',
  '8': 'TUV',
  '9': 'WXYZ',
};

/** The keys that carry letters: what may follow a word's digits when its last letters are cut (see cutShort). */
export const LETTER_KEYS = ['2', '3', '4', '5', '6', '7', '8', '9'] as const;

const LETTER_TO_DIGIT: ReadonlyMap<string, string> = new Map(
  Object.entries(KEYPAD_LETTERS).flatMap(([digit, letters]) =>
    [...letters].flatMap((letter) => [
      [letter, digit],
      [letter.toLowerCase(), digit],
    ]),
  ),
);

/** The digit a letter dials on a standard keypad, or undefined for anything else. */
export function letterToDigit(char: string): string | undefined {
  return LETTER_TO_DIGIT.get(char);
}

/** Converts a vanity number to the digits it dials: letters through the keypad, digits kept, the rest dropped. */
export function toKeypadDigits(text: string): string {
  let digits = '';
  for (const char of text) {
    if (char >= '0' && char <= '9') digits += char;
    else digits += LETTER_TO_DIGIT.get(char) ?? '';
  }
  return digits;
}
