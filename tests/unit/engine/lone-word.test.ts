import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { standsAlone } from '../../../amplify/engine/lone-word';
import { LONE_WORDS } from '../../../amplify/engine/lone-words.generated';
import { acceptable, segmentsOf } from './spelled-segments';
import { attributiveAdjectives, attributiveOnlyAdjectives, loneWords, mainlyAdjectives, unheardAsProfane } from '../../../local/cli/lone-words-builder';

describe("a lone word on a person's own number must stand alone", () => {
  it.each([
    ['744-SUCH', 'a determiner reading: it points at a noun'],
    ['744-MUCH', 'the same'],
    ['610-SAID', 'a past form first: it wants a subject'],
    ['610-TYPED', 'the same'],
    ['610-USES', 'an -s verb first'],
    ['610-LESS', 'a comparative'],
    ['610-JUST', 'an adverb'],
    ['610-EVEN', 'the same'],
    ['610-BOUT', 'a word wink-lexicon lacks: rarer in writing than in film'],
    ['610-WARTS', 'the same, and unpleasant'],
    ['610-MANIC', 'the same'],
    ['610-GOON', 'the same'],
    ['610-MERE', 'an adjective said only before a noun (WordNet: mere(a))'],
    ['610-LONE', 'the same'],
  ])('refuses %s (%s) on a person\'s number, keeps it on a business line', (spelling) => {
    expect(acceptable(spelling)).toBe(false);
    expect(acceptable(spelling, true)).toBe(true);
  });

  it.each([
    ['753-GOOD', 'an adjective in its base form'],
    ['601-SAFE', 'the same'],
    ['546-LION', 'a noun'],
    ['7827-STAR', 'the same'],
    ['556-WISH', 'a verb in its base form that is a noun too'],
    ['105-GUYS', 'a plural noun'],
    ['OCEAN-13', 'a word before two digits'],
  ])('accepts %s (%s)', (spelling) => {
    expect(acceptable(spelling)).toBe(true);
  });

  it('lets MAJOR stand (an adjective said mostly before a noun, but not only), though since stop 24 it is plain and offered on a business line only', () => {
    expect(LONE_WORDS.split(' ')).toContain('major');
    expect(acceptable('600-MAJOR')).toBe(false);
    expect(acceptable('600-MAJOR', true)).toBe(true);
  });

  it('leaves spellings of two words to the phrase rules (TOO-MUCH holds MUCH)', () => {
    expect(acceptable('2-TOO-MUCH')).toBe(true);
    expect(acceptable('2-MUCH')).toBe(false);
  });

  it('passes words of a local language, which carry no English tags', () => {
    const [segment] = segmentsOf('HAUS', 'DE');
    if (!segment?.word) throw new Error('HAUS is in the German index');
    expect(segment.word.language).toBe('de');
    expect(standsAlone(segment.word)).toBe(true);
  });
});

describe('the lone words `npm run words` writes', () => {
  it('keeps base nouns, adjectives and verbs of four letters or more, without a determiner reading', () => {
    const lexicon = {
      coin: ['NN', 'VB'],
      safe: ['JJ', 'NN'],
      wish: ['VBP', 'NN', 'VB'],
      ears: ['NNS'],
      said: ['VBD', 'VBN', 'JJ'],
      uses: ['VBZ', 'NNS'],
      less: ['JJR', 'RB'],
      just: ['RB', 'JJ'],
      such: ['JJ', 'PDT', 'DT'],
      toy: ['NN'],
      "o'clock": ['RB'],
    };
    expect(loneWords(lexicon)).toEqual(['coin', 'ears', 'safe', 'wish']);
  });

  it('drops an adjective first that is attributive only', () => {
    expect(loneWords({ mere: ['JJ'], twin: ['NN', 'JJ'], safe: ['JJ', 'NN'] }, new Set(['mere', 'twin']))).toEqual(['safe', 'twin']);
  });

  it('reads the attributive-only adjectives from WordNet\'s markers, and keeps those a noun or verb outweighs', () => {
    const dataAdj = [
      '00001 00 s 01 mere(a) 0 000 | being nothing more than specified',
      '00002 00 s 01 twin(a) 0 000 | being two identical',
      '00003 00 a 01 afloat(p) 0 000 | borne on the water',
      '00004 00 a 01 main(a) 0 000 | most important',
      '00005 00 s 01 main 0 000 | of force: exerted to the utmost',
    ].join('\n');
    expect([...attributiveOnlyAdjectives(dataAdj)]).toEqual(['mere', 'twin']);
    const senses = new Map([
      ['mere', { a: { tagged: 2 }, n: { tagged: 0 } }],
      ['twin', { a: { tagged: 1 }, n: { tagged: 1 } }],
    ]);
    expect([...mainlyAdjectives(new Set(['mere', 'twin', 'lone']), senses)]).toEqual(['mere', 'lone']);
  });

  it('match the installed wink-lexicon and WordNet (the generated list cannot drift silently)', () => {
    const lexicon = createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
    expect(LONE_WORDS).toBe(unheardAsProfane(loneWords(lexicon, attributiveAdjectives())).join(' '));
  }, 60_000);
});
