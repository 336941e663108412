import { describe, expect, it } from 'vitest';
import { markCompoundBrands } from '../../../local/cli/compound-brands-builder';
import { toKeypadDigits } from '../../../amplify/engine/keypad';

/** Keyed index lines ("digits word zipf*100tags"), one word a line. */
function index(fields: Readonly<Record<string, string>>): string[] {
  return Object.entries(fields).map(([word, field]) => `${toKeypadDigits(word.replace('+', ''))} ${word} ${field}`);
}

/** The words markCompoundBrands marks in an index of everyday words and `brands`. */
function marked(brands: Readonly<Record<string, string>>): string[] {
  const everyday = { red: '520j', box: '480n', you: '690o', fit: '450jv', is: '700x', wall: '470n', bit: '460n', gray: '450Aj', log: '420n', colour: '430CUGn', card: '460n' };
  const lines = markCompoundBrands(index({ ...everyday, ...brands }));
  return lines.filter((line) => line.endsWith('s')).map((line) => line.split(' ')[1] ?? '');
}

describe('markCompoundBrands (brands written as two everyday words run together)', () => {
  it.each([
    ['redbox', '300Mn', true, 'RED and BOX, content words every variety says'],
    ['fitbit', '300Mn', true, 'FIT and BIT'],
    ['youfit', '300Mn', false, 'YOU is a pronoun, no content word'],
    ['wallis', '300Mn', false, 'IS has two letters'],
    ['graylog', '300Mn', false, 'GRAY is everyday in American English only'],
    ['cardcolour', '300Mn', false, 'COLOUR is not everyday in American English'],
    ['redbox', '300Mne', false, 'a trade name already'],
    ['redbox', '300n', false, 'an everyday word, no brand'],
    ['redbo+x', '300Mn', false, 'a brand cut short'],
  ])('%s %s: marked %s (%s)', (word, field, expected) => {
    expect(marked({ [word]: field }).includes(word)).toBe(expected);
  });

  it('leaves every other field as it was', () => {
    const lines = index({ red: '520j', box: '480n', redbox: '300Mn' });
    expect(markCompoundBrands(lines)).toEqual(lines.map((line) => (line.includes('redbox') ? `${line}s` : line)));
  });
});
