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
  dataset: ReturnType<typeof englishDataset.build>;
  /** Built the first time the prefilter lets a string through: a cold start's first number may never need it. */
  matcher?: RegExpMatcher;
  /**
   * A cheap filter before the matcher: one alternation of every blacklisted pattern, ignoring word boundaries
   * and whitelists and letting each letter repeat (the matcher collapses duplicates), so it errs towards
   * "maybe", with one known exception: the matcher reads a leetspeak digit as its letter before collapsing,
   * so it flags F1ICK (f?ck) where the filter sees a 1 then an I. Split by the characters a pattern can
   * start with, each part compiled on first use: a match starts on one of the text's characters, so testing
   * the parts of its characters answers as the whole alternation does, and V8 compiled the whole one (119
   * patterns) in about 6 ms on a cold start's first number.
   */
  startingWith: Map<string, { sources: string[]; pattern?: RegExp }>;
  /** The patterns that may start with any character (an optional or a wildcard first). */
  anywhere?: RegExp;
}

let profanity: Profanity | undefined;

function getProfanity(): Profanity {
  if (profanity) return profanity;
  const dataset = englishDataset.build();
  const startingWith = new Map<string, { sources: string[]; pattern?: RegExp }>();
  const anywhere: string[] = [];
  for (const { pattern } of dataset.blacklistedTerms) {
    const source = patternSource(pattern.nodes);
    const [first] = pattern.nodes;
    if (first?.kind !== SyntaxKind.Literal) {
      anywhere.push(source);
      continue;
    }
    for (const char of firstChars(first)) {
      const part = startingWith.get(char) ?? { sources: [] };
      part.sources.push(source);
      startingWith.set(char, part);
    }
  }
  profanity = { dataset, startingWith, ...(anywhere.length > 0 ? { anywhere: new RegExp(anywhere.join('|')) } : {}) };
  return profanity;
}

/** The characters the first class of a literal's source matches: its first letter and that letter's leet digit. */
function firstChars(node: LiteralNode): string[] {
  const char = String.fromCharCode(node.chars[0] ?? 0).toLowerCase();
  const leet = LEET_DIGITS[char];
  return leet === undefined ? [char] : [char, leet];
}

/**
 * The prefilter's alternatives, one per blacklisted pattern (see Profanity), from the dataset the engine
 * built. Exported, with passesPrefilter, for the test that checks the split prefilter answers as their one
 * alternation does.
 */
export function prefilterSources(): string[] {
  return getProfanity().dataset.blacklistedTerms.map(({ pattern }) => patternSource(pattern.nodes));
}

function patternSource(nodes: readonly Node[]): string {
  return nodes.map(nodeSource).join('');
}

/** Whether lower-case text passes the prefilter (see Profanity), which the matcher then judges. */
export function passesPrefilter(lower: string): boolean {
  return mayBeProfane(getProfanity(), lower);
}

function mayBeProfane(profanity: Profanity, lower: string): boolean {
  if (profanity.anywhere?.test(lower) === true) return true;
  let tested = '';
  for (const char of lower) {
    if (tested.includes(char)) continue;
    tested += char;
    const part = profanity.startingWith.get(char);
    if (!part) continue;
    part.pattern ??= new RegExp(part.sources.join('|'));
    if (part.pattern.test(lower)) return true;
  }
  return false;
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
  const profanity = getProfanity();
  const lower = text.toLowerCase();
  if (!mayBeProfane(profanity, lower)) return false;
  profanity.matcher ??= new RegExpMatcher({ ...profanity.dataset, ...englishRecommendedTransformers });
  return profanity.matcher.hasMatch(lower);
}
