import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

// Words obscenity's English dataset lets through that a business line should still never speak:
// slurs it misses, crude words, and words that distress a caller in crisis (a lifeline must never say DIE).
const EXTRA_BLOCKED_WORDS: ReadonlySet<string> = new Set([
  'coon', 'gook', 'spic', 'wop', 'nazi', 'nazis', 'homo', 'jizz', 'crap', 'damn', 'damned', 'hell', 'bugger',
  'slag', 'tosser', 'poop', 'fart', 'puke', 'horny', 'nude', 'naked', 'pimp', 'hoe', 'hoes', 'screw', 'suck',
  'sucks', 'sucker', 'kill', 'kills', 'killer', 'die', 'dies', 'dead', 'death', 'murder', 'suicide', 'gun',
  'guns', 'bomb', 'rapes', 'drugs', 'meth', 'crack', 'weed', 'idiot', 'moron', 'stupid', 'dumb', 'ugly', 'fat',
  'loser', 'hate', 'butt', 'boob', 'balls', 'pee', 'piss', 'sexy', 'stud', 'thug', 'retard',
]);

let matcher: RegExpMatcher | undefined;

function getMatcher(): RegExpMatcher {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
}

/** True when a single word is one a caller must never hear (checked whole, case-insensitive). */
export function isBlockedWord(word: string): boolean {
  const lower = word.toLowerCase();
  return EXTRA_BLOCKED_WORDS.has(lower) || getMatcher().hasMatch(lower);
}

/** True when text contains profanity anywhere, including across the hyphens and digits between words. */
export function containsProfanity(text: string): boolean {
  return getMatcher().hasMatch(text.toLowerCase());
}
