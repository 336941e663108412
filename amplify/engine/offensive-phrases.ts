/**
 * Phrases of innocent words that read as a threat or as sex (BEAT-YOU, NAIL-HER, LICK-IT, HOT-GIRL): no list
 * of bad words holds them, since each word is fine alone. Two kinds, each a word and the one after it
 * (digits between do not part them: the caller hears the words in a row):
 * - a verb that hurts, or has a sexual reading, before the person it is done to (YOU, HER, ME...); IT
 *   only after the plainly sexual ones (LICK-IT; BEAT-IT, EAT-IT and DO-IT stay: a song and a slogan);
 * - a word that sexualises, before a person or a part of the body (HOT-GIRL, WET-LIPS, SEXY-MOM);
 * - a stock stand-in for the oath before a person or OFF (FORK-YOU, FRICK-OFF);
 * - a word for a woman before a word for a man (LADY-BOY, SHE-MALE, GIRL-MAN): the slurs on trans people are
 *   made so, each word innocent alone;
 * - the caller as the subject of a word AFINN-165 or VADER rates negative (U-STINK, YOU-FAIL, U-CHEAT): the
 *   number tells whoever dials it what is wrong with them. A business's line may use a negative word
 *   (1-800-HURT-911), but not to say it of its caller.
 */
import { isNegativeWord } from './negative-words';

/** Verbs that hurt someone: with a person after them they are a threat. */
const HARM_VERBS = [
  'beat', 'hang', 'burn', 'kick', 'hit', 'punch', 'slap', 'smack', 'choke', 'hurt', 'shoot', 'stab', 'cut',
  'whip', 'strangle', 'drown', 'bury', 'crush', 'smash', 'bash', 'hate', 'rob', 'kill', 'slay', 'torch', 'gut',
  'poison', 'stalk', 'hunt', 'mug', 'rape', 'bite', 'nuke', 'bomb', 'gag', 'tie', 'cuff', 'break', 'wreck',
  'end', 'finish', 'destroy', 'attack', 'drug', 'cheat', 'scam',
];

/** Verbs with a sexual reading: with a person after them they read as sex. */
const SEX_VERBS = [
  'nail', 'ride', 'lick', 'bang', 'blow', 'screw', 'touch', 'grab', 'spank', 'eat', 'suck', 'hump', 'poke',
  'squeeze', 'shag', 'knock', 'pound', 'mount', 'strip', 'undress', 'tickle', 'lay', 'bonk', 'finger',
  'stroke', 'rub', 'tease', 'bed', 'fondle', 'grope', 'do', 'kiss', 'feel', 'sex',
];

/** The sexual verbs that read as sex before IT too (LICK-IT); GRAB-IT, EAT-IT and DO-IT stay. */
const SEX_VERBS_WITH_IT = ['lick', 'suck', 'ride', 'bang', 'hump', 'screw', 'spank', 'finger', 'stroke', 'shag', 'bonk', 'poke', 'blow'];

/**
 * Stock stand-ins for the oath (and the British oaths the lists let pass): before a person or OFF they read
 * as it (FORK-YOU, FRICK-OFF, DUCK-YOU, SOD-OFF).
 */
const MINCED_VERBS = ['fudge', 'fork', 'frick', 'frig', 'feck', 'duck', 'eff', 'fug', 'fook', 'fock', 'sod', 'bugger', 'truck'];

/** Whom a verb is done to (DO-YOU stays: a question, DO-ME does not). */
const PEOPLE = ['you', 'u', 'ya', 'ye', 'yah', 'me', 'her', 'him', 'them', 'em', 'mom', 'wife', 'girl', 'girls', 'boy', 'boys', 'teen', 'teens', 'kid', 'kids', 'baby', 'babe'];

/** Words that sexualise the person or body after them (the crude ones alone too: see no-line-words.ts). */
export const SEXUALISING: readonly string[] = ['hot', 'wet', 'sexy', 'naughty', 'dirty', 'nasty', 'horny', 'nude', 'naked', 'busty', 'kinky', 'slutty', 'easy', 'tight', 'juicy', 'gay', 'lesbian', 'randy', 'frisky', 'lusty', 'sultry', 'steamy'];

/** People and parts of the body a sexualising word turns into sex (not HOT-BED, EASY-LOAD or HOT-HONEY). */
const BODIES = [
  'girl', 'girls', 'babe', 'babes', 'chick', 'chicks', 'mom', 'moms', 'mum', 'mums', 'wife', 'wives', 'teen',
  'teens', 'lips', 'legs', 'body', 'bod', 'bods', 'lady', 'ladies', 'boy', 'boys', 'guy', 'guys', 'gal', 'gals',
  'milf', 'nurse', 'nurses', 'maid', 'maids', 'sex', 'cam', 'cams', 'tongue', 'mouth', 'hole', 'rod', 'pole',
  'bush', 'kitty', 'cock', 'ass', 'teacher', 'stud', 'studs', 'hunk', 'hunks', 'twink', 'slut', 'chat', 'date', 'dates',
];

/** Words for a woman and for a man: one after the other they read as a slur on trans people (LADYBOY, SHEMALE). */
const WOMEN = ['lady', 'ladies', 'she', 'girl', 'girls', 'gal', 'gals', 'woman', 'women'];
const MEN = ['boy', 'boys', 'male', 'males', 'man', 'men', 'guy', 'guys', 'lad', 'lads', 'dude', 'dudes'];

/** The caller, said as the subject of what follows (U-STINK). */
const CALLER = ['you', 'u', 'ya', 'ye'];

const harm = new Set(HARM_VERBS);
const caller = new Set(CALLER);
const minced = new Set(MINCED_VERBS);
const sex = new Set(SEX_VERBS);
const sexWithIt = new Set(SEX_VERBS_WITH_IT);
const people = new Set(PEOPLE);
const sexualising = new Set(SEXUALISING);
const bodies = new Set(BODIES);
const women = new Set(WOMEN);
const men = new Set(MEN);

/** Whether `word` followed by `next` (lower-case, letters only) reads as a threat or as sex. */
export function isOffensivePair(word: string, next: string): boolean {
  if (harm.has(word) && people.has(next)) return true;
  if (minced.has(word) && (people.has(next) || next === 'off')) return true;
  if (sex.has(word) && people.has(next)) return !(word === 'do' && next === 'you');
  if (sexWithIt.has(word) && next === 'it') return true;
  if (women.has(word) && men.has(next)) return true;
  if (caller.has(word) && isNegativeWord(next)) return true;
  return sexualising.has(word) && bodies.has(next);
}

/** Whether words of a candidate, in order, hold such a pair. */
export function readsOffensivePhrase(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (isOffensivePair(words[i] ?? '', words[i + 1] ?? '')) return true;
  return false;
}

/**
 * Threats and oaths run together as one string (KILLYOU, FORKYOU, LICKYOU): spelled across words that part
 * them elsewhere (KIL-LYOU, FOR-KYOU) the caller still hears them, so the English blocked terms hold them.
 * YOU only: ME, HER and IT sit inside too many innocent words (CUT-MEAT, RUB-HERB, LICK-ITEM).
 */
export function runTogetherThreats(): string[] {
  return [...HARM_VERBS, ...SEX_VERBS, ...MINCED_VERBS].filter((verb) => verb !== 'do').map((verb) => `${verb}you`);
}
