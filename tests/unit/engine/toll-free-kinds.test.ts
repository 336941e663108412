import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { TOLL_FREE_KINDS, nextByKind, tollFreeKind, type Waiting } from '../../../amplify/engine/toll-free-kinds';
import type { VanityPart } from '../../../amplify/engine/types';

function parts(spelling: string): VanityPart[] {
  return spelling.split('-').map((text) => ({ text, digits: text, isWord: /^[A-Z]+$/.test(text) }));
}

describe("a toll-free line's shapes", () => {
  it.each([
    ['FLOWERS', 'whole'],
    ['GOT-JUNK', 'phrase'],
    ['I-FLY-SWA', 'phrase'],
    ['2-DINERS', 'digits'],
    ['HURT-911', 'digits'],
    ['273-TALK', 'digits'],
  ] as const)('%s is %s', (spelling, kind) => {
    expect(tollFreeKind(parts(spelling))).toBe(kind);
  });

  const waiting = (entries: [string, number][]): Waiting[] => entries.map(([spelling, score]) => ({ subscriber: parts(spelling), score, kind: tollFreeKind(parts(spelling)) }));
  const noTwins = (): number => 0;

  it('takes the best spelling of a shape not yet listed when it is within shapeListed of the best', () => {
    const pool = waiting([['BOLD-CUTS', 6], ['63-TITLE', 6 - TOLL_FREE_KINDS.shapeListed + 0.5]]);
    expect(nextByKind(pool, new Set(['phrase']), noTwins)?.index).toBe(1);
    expect(nextByKind(pool, new Set(), noTwins)?.index).toBe(0);
  });

  it('keeps the better spelling of a listed shape when another shape is weaker by more than shapeListed', () => {
    const pool = waiting([['BOLD-CUTS', 6], ['63-TITLE', 6 - TOLL_FREE_KINDS.shapeListed - 0.5]]);
    expect(nextByKind(pool, new Set(['phrase']), noTwins)?.index).toBe(0);
  });

  it('charges a twin on top of its shape, and answers undefined when nothing waits', () => {
    const pool = waiting([['HOLD-CUTS', 6], ['SAFE-CUT', 4.5]]);
    expect(nextByKind(pool, new Set(['phrase']), (subscriber) => (subscriber[0]?.text === 'HOLD' ? 2 : 0))).toEqual({ index: 1, rank: 4.5 - TOLL_FREE_KINDS.shapeListed });
    expect(nextByKind([], new Set(), noTwins)).toBeUndefined();
  });
});

describe('toll-free lists hold different shapes, twins last', () => {
  it.each([
    ['+18004685865', '1-800-GOT-JUNK', '1-800-468-JUNK'],
    ['+18007848669', '1-800-QUIT-NOW', '1-800-QUIT-ON-9'],
  ])('%s: %s, then a word behind kept digits (%s) before its keypad twin', (number, first, second) => {
    expect(generateVanityNumbers(number).vanityNumbers.slice(0, 2)).toEqual([first, second]);
  });

  it('never raises a score down the list', () => {
    for (const number of ['+18004685865', '+18007386337', '+18008432273', '+18882387633']) {
      const scores = generateVanityNumbers(number).candidates.map((candidate) => candidate.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});
