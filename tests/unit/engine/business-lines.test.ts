import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ignoresExtraDigits, isBusinessLine } from '../../../amplify/engine/business-lines';
import { parseNumber } from '../../../amplify/engine/parse';
import { businessLinePatterns, renderBusinessLinesModule } from '../../../local/cli/business-lines-builder';

describe('isBusinessLine', () => {
  it.each([
    ['+18003569377', true, 'North American toll-free (1-800-FLOWERS)'],
    ['+18884685865', true, 'North American toll-free, 888'],
    ['+19005551234', true, 'North American premium rate'],
    ['+14155551234', false, 'a San Francisco line'],
    ['+61132227', true, 'Australian 13 number (13-CABS)'],
    ['+611300366466', true, 'Australian 1300 number'],
    ['+611800123456', true, 'Australian freecall'],
    ['+61291234567', false, 'a Sydney line'],
    ['+61412345678', false, 'an Australian mobile'],
    ['+448001234567', true, 'UK freephone'],
    ['+443001234567', true, 'UK 03 line'],
    ['+442079460958', false, 'a London line'],
    ['+447911123456', false, 'a UK mobile'],
    ['+498001234567', true, 'German freephone'],
    ['+493012345678', false, 'a Berlin line'],
  ])('%s is %s: %s', (number, expected) => {
    expect(isBusinessLine(parseNumber(number))).toBe(expected);
  });
});

describe('ignoresExtraDigits', () => {
  it.each([
    ['+18003569377', true, 'North American toll-free, as ever'],
    ['+14155551234', true, 'any North American number, as ever'],
    ['+61132227', true, 'Australian 13 number: overdialling is documented on every network'],
    ['+611300366466', true, 'Australian 1300 number'],
    ['+611800737732', true, 'Australian freecall'],
    ['+64800543354', true, 'New Zealand 0800 (0800 LIFELINE is advertised on six digits)'],
    ['+64508828865', true, 'New Zealand 0508 (0508 TAUTOKO)'],
    ['+61291234567', false, 'a Sydney line: a person dials every letter'],
    ['+6493031234', false, 'an Auckland line'],
    ['+448001234567', false, 'UK freephone: no source shows the overdial'],
    ['+3531800123456', false, 'Irish freephone'],
    ['+27860726786', false, 'South African shared-cost line'],
  ])('%s is %s: %s', (number, expected) => {
    expect(ignoresExtraDigits(parseNumber(number))).toBe(expected);
  });
});

describe('business-lines.generated.ts', () => {
  it('is what `npm run words` writes from the installed libphonenumber-js', () => {
    const { version } = createRequire(import.meta.url)('libphonenumber-js/package.json') as { version: string };
    const committed = readFileSync(new URL('../../../amplify/engine/business-lines.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderBusinessLinesModule(businessLinePatterns(), version));
  });
});
