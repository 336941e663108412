import {
  RegExpMatcher,
  SyntaxKind,
  englishDataset,
  englishRecommendedTransformers,
  type LiteralNode,
  type Node,
  type WildcardNode,
} from 'obscenity';
import { BLOCKED_WORDS } from './blocked-words';


// The digits obscenity's leetspeak transformer reads as letters (4 as A, 0 as O...): vanity text holds only letters and digits.
const LEET_DIGITS: Readonly<Record<string, string>> = { a: '4', e: '3', g: '6', i: '1', o: '0', s: '5', t: '7', z: '2' };

interface Profanity {
  matcher: RegExpMatcher;
  /** A cheap superset of the matcher: it matches every string the matcher flags, and few others. */
  prefilter: RegExp;
}

let profanity: Profanity | undefined;

function getProfanity(): Profanity {
  if (profanity) return profanity;
  const dataset = englishDataset.build();
  const matcher = new RegExpMatcher({ ...dataset, ...englishRecommendedTransformers });
  // One alternation of every blacklisted pattern, ignoring word boundaries and whitelists and letting
  // each letter repeat (the matcher collapses duplicates), so it can only err towards "maybe".
  const alternatives = dataset.blacklistedTerms.map(({ pattern }) => pattern.nodes.map(nodeSource).join(''));
  profanity = { matcher, prefilter: new RegExp(alternatives.join('|')) };
  return profanity;
}

function nodeSource(node: Node): string {
  if (node.kind === SyntaxKind.Optional) return `(?:${nodeSource(node.childNode)})?`;
  return literalOrWildcardSource(node);
}

function literalOrWildcardSource(node: LiteralNode | WildcardNode): string {
  if (node.kind === SyntaxKind.Wildcard) return '.';
  return node.chars
    .map((code) => {
      const char = String.fromCharCode(code).toLowerCase();
      const leet = LEET_DIGITS[char] ?? '';
      const literal = /[a-z0-9]/.test(char) ? char : `\\${char}`;
      return `[${literal}${leet}]+`;
    })
    .join('');
}

/** True when a single word is one a caller must never hear (checked whole, case-insensitive). */
export function isBlockedWord(word: string): boolean {
  const lower = word.toLowerCase();
  return BLOCKED_WORDS.has(lower) || containsProfanity(lower);
}

/** True when text contains profanity anywhere, including leetspeak digits next to letters (5HIT). */
export function containsProfanity(text: string): boolean {
  const { matcher, prefilter } = getProfanity();
  const lower = text.toLowerCase();
  return prefilter.test(lower) && matcher.hasMatch(lower);
}
