import { describe, expect, it } from 'vitest';
import { ssmlProblem, ssmlToPlainText } from '../../../../../local/twin/connect/ssml';

describe('ssmlToPlainText', () => {
  it.each([
    ['<speak>Hello <break time="300ms"/>world.</speak>', 'Hello, world.'],
    ['<speak>Done.<break time="500ms"/></speak>', 'Done.'],
    [
      '<speak>Option one: <say-as interpret-as="digits">1800</say-as><break time="300ms"/><s>flowers</s><break time="300ms"/><s>That is spelled <say-as interpret-as="characters">FLOWERS</say-as></s><break time="700ms"/></speak>',
      'Option one: 1800, flowers. That is spelled FLOWERS.',
    ],
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
