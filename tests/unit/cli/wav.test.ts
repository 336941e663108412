import { describe, expect, it } from 'vitest';
import { durationSeconds, joinWavs, parseWav, WavError } from '../../../local/cli/wav';

const FORMAT = { channels: 1, sampleRate: 8000, bitsPerSample: 16 };

/** A WAV as espeak-ng writes it to stdout: the data size is a placeholder it cannot seek back to fix. */
function wav(samples: number[], declaredSize = 0x7ffff000, sampleRate = FORMAT.sampleRate): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, index) => data.writeInt16LE(sample, index * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(declaredSize + 36, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(declaredSize, 40);
  return Buffer.concat([header, data]);
}

describe('parseWav', () => {
  it.each([
    ['a placeholder data size', wav([1, 2, 3])],
    ['an exact data size', wav([1, 2, 3], 6)],
  ])('reads the samples of a WAV with %s', (_, file) => {
    const audio = parseWav(file);
    expect(audio.format).toEqual(FORMAT);
    expect([...audio.samples]).toEqual([1, 0, 2, 0, 3, 0]);
  });

  it.each([
    ['not RIFF', Buffer.from('hello world!')],
    ['no data chunk', wav([]).subarray(0, 36)],
  ])('refuses a file that is %s', (_, file) => {
    expect(() => parseWav(file)).toThrow(WavError);
  });
});

describe('joinWavs', () => {
  it('joins clips with silence between them and writes true sizes', () => {
    const joined = joinWavs([parseWav(wav([5, 5])), parseWav(wav([7]))], 1);
    const audio = parseWav(joined);
    expect(joined.readUInt32LE(40)).toBe(audio.samples.length);
    // 2 samples, 8 samples of silence (1 ms at 8 kHz), 1 sample.
    expect(audio.samples.length).toBe((2 + 8 + 1) * 2);
    expect(audio.samples.readInt16LE(0)).toBe(5);
    expect(audio.samples.readInt16LE(2 * 2)).toBe(0);
    expect(audio.samples.readInt16LE(10 * 2)).toBe(7);
    expect(durationSeconds(audio)).toBeCloseTo(11 / 8000);
  });

  it.each([
    ['no clips', []],
    ['clips of different rates', [parseWav(wav([1])), parseWav(wav([1], 2, 16000))]],
  ])('refuses %s', (_, clips) => {
    expect(() => joinWavs(clips, 10)).toThrow(WavError);
  });
});
