import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, isKeypadTwin } from '../../../../amplify/engine';
import { heardFirst } from '../../../../amplify/functions/vanity-lookup/heard-choices';
import { benchNumbers } from '../../../../local/eval/bench-numbers';
import { candidate } from './fixtures';

/** Pieces with the digits each word dials, as the engine writes them. */
function parts(text: string, wordDigits: string): ReturnType<typeof candidate>['parts'] {
  return candidate(text).parts.map((part) => (part.isWord ? { ...part, digits: wordDigits } : part));
}

describe('isKeypadTwin: one word swapped for another that dials the same digits', () => {
  it.each([
    ['1-312-531-9-RAT', '1-312-531-9-PAT', '728', true],
    ['1-312-531-9-RAT', '1-312-531-9-RAT', '728', false],
    ['1-312-531-9-RAT', '1-312-531-97-AT', '728', false],
    ['1-800-PET-MEDS', '1-800-SET-ODDS', '738', false],
  ])('%s and %s -> %s', (a, b, digits, expected) => {
    expect(isKeypadTwin(parts(a, digits), parts(b, digits))).toBe(expected);
  });

  it('words dialling different digits are not twins', () => {
    expect(isKeypadTwin(parts('1-312-531-9-RAT', '728'), parts('1-312-531-9-CAT', '228'))).toBe(false);
  });
});

describe('heardFirst: the caller hears different spellings, twins are held back', () => {
  const rat = { ...candidate('1-312-531-9-RAT'), parts: parts('1-312-531-9-RAT', '728') };
  const pat = { ...candidate('1-312-531-9-PAT'), parts: parts('1-312-531-9-PAT', '728') };
  const sat = { ...candidate('1-312-531-9-SAT'), parts: parts('1-312-531-9-SAT', '728') };
  const ninePat = { ...candidate('1-312-53-19-PAT'), parts: parts('1-312-53-19-PAT', '728') };
  const plain = candidate('1-312-531-9728');
  const gotJunk = { ...candidate('1-800-GOT-JUNK'), parts: candidate('1-800-GOT-JUNK').parts.map((part) => (part.isWord ? { ...part, digits: part.text === 'JUNK' ? '5865' : '468' } : part)) };
  const hotJunk = { ...candidate('1-800-HOT-JUNK'), parts: candidate('1-800-HOT-JUNK').parts.map((part) => (part.isWord ? { ...part, digits: part.text === 'JUNK' ? '5865' : '468' } : part)) };

  it.each([
    ['a twin after option 1', [rat, pat, plain], ['1-312-531-9-RAT', '1-312-531-9-PAT'], 1],
    ['two twins', [rat, pat, sat, plain], ['1-312-531-9-RAT', '1-312-531-9-PAT', '1-312-531-9-SAT'], 1],
    ['another layout comes before the twin it passes', [rat, pat, ninePat, plain], ['1-312-531-9-RAT', '1-312-53-19-PAT', '1-312-531-9-PAT'], 2],
    ['no word', [plain], [], 0],
    // Another layout, not a twin, that only its place below the plain number holds back.
    ['nothing below the plain number is heard', [rat, plain, ninePat, pat], ['1-312-531-9-RAT', '1-312-53-19-PAT', '1-312-531-9-PAT'], 1],
    ['a phrase below the plain number, where a name line stands', [plain, gotJunk], ['1-800-GOT-JUNK'], 0],
    ['a twin phrase is heard', [gotJunk, hotJunk, plain], ['1-800-GOT-JUNK', '1-800-HOT-JUNK'], 2],
  ])('%s', (_, candidates, ordered, heard) => {
    const result = heardFirst(candidates, 3);
    expect(result.ordered.map((entry) => entry.text)).toEqual(ordered);
    expect(result.heard).toBe(heard);
  });

  it('never lets a caller hear a lone-word twin of an earlier option on random US, UK and Australian numbers', () => {
    const ranges = [{ prefix: '+1312', digits: 7 }, { prefix: '+44161', digits: 7 }, { prefix: '+613', digits: 8 }];
    const twins = benchNumbers(600, 16, ranges).flatMap((number) => {
      const { ordered, heard } = heardFirst(generateVanityNumbers(number).candidates, 3);
      const spoken = ordered.slice(0, heard);
      const lone = spoken.filter((entry) => entry.parts.filter((part) => part.isWord).length === 1);
      return lone.filter((entry, index) => lone.slice(0, index).some((other) => isKeypadTwin(other.parts, entry.parts))).map((entry) => entry.text);
    });
    expect(twins).toEqual([]);
  });
});
