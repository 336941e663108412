import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '@/components/calls/outcomes';

describe('OUTCOMES', () => {
  it.each([
    ['OK', 'Vanity numbers spoken', 'success', /heard their best vanity numbers/],
    ['NO_WORDS', 'No words fit', 'info', /no word fits it/],
    ['NO_USABLE_NUMBER', 'No usable number', 'warning', /withheld/],
    ['ERROR', 'Error', 'error', /failed/],
  ] as const)('%s reads "%s"', (outcome, label, variation, explanation) => {
    expect(OUTCOMES[outcome].label).toBe(label);
    expect(OUTCOMES[outcome].variation).toBe(variation);
    expect(OUTCOMES[outcome].explanation).toMatch(explanation);
  });

  it('names exactly the outcomes the data model allows', () => {
    const model = readFileSync(new URL('../../../../amplify/data/resource.ts', import.meta.url), 'utf8');
    const declared = /CallOutcome: a\.enum\(\[([^\]]*)\]\)/.exec(model)?.[1] ?? '';
    const values = [...declared.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]);
    expect(values).toContain('NO_WORDS');
    expect(Object.keys(OUTCOMES).sort()).toEqual(values.sort());
  });

  it('gives every outcome its own label, so the words alone tell them apart', () => {
    const labels = Object.values(OUTCOMES).map((text) => text.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
