import { describe, expect, it } from 'vitest';
import { ssmlProblem, ssmlToPlainText } from '../../../../../local/twin/connect/ssml';

describe('ssmlToPlainText', () => {
  it.each([
    ['<speak>Hello <break time="300ms"/>world.</speak>', 'Hello world.'],
    ['<speak>Option one. <say-as interpret-as="characters">FLOWERS</say-as>.</speak>', 'Option one. FLOWERS.'],
    ['<speak>Tom &amp; Jerry &lt;3</speak>', 'Tom & Jerry <3'],
  ])('%j -> %j', (ssml, expected) => {
    expect(ssmlToPlainText(ssml)).toBe(expected);
  });
});

describe('ssmlProblem', () => {
  it.each([
    ['<speak>fine <break time="1s"/> <prosody rate="slow">slow</prosody></speak>', undefined],
    ['no speak root', /wrapped in <speak>/],
    ['<speak>Tom & Jerry</speak>', /unescaped "&"/],
    ['<speak><prosody>open</speak>', /mismatched/],
  ])('%j', (ssml, expected) => {
    const problem = ssmlProblem(ssml);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});
