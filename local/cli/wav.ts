/** The sample format of a PCM WAV file. */
export interface PcmFormat {
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
}

/** A PCM WAV's format and samples. */
export interface PcmAudio {
  readonly format: PcmFormat;
  readonly samples: Buffer;
}

/** Thrown for a file that is not a PCM WAV, or clips of different formats. */
export class WavError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WavError';
  }
}

/**
 * Reads a RIFF/WAVE PCM file. The data size is capped at what the buffer holds: espeak-ng writing to
 * stdout cannot seek back, so it declares a placeholder size.
 */
export function parseWav(file: Buffer): PcmAudio {
  if (file.length < 12 || file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE') throw new WavError('not a RIFF/WAVE file');
  let format: PcmFormat | undefined;
  for (let offset = 12; offset + 8 <= file.length; ) {
    const id = file.toString('ascii', offset, offset + 4);
    const size = file.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (file.readUInt16LE(body) !== 1) throw new WavError('not PCM audio');
      format = { channels: file.readUInt16LE(body + 2), sampleRate: file.readUInt32LE(body + 4), bitsPerSample: file.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!format) throw new WavError('the data chunk comes before the format chunk');
      return { format, samples: file.subarray(body, Math.min(file.length, body + size)) };
    }
    offset = body + size + (size % 2);
  }
  throw new WavError('no data chunk');
}

/** Joins clips of one format into one WAV file, with `gapMs` of silence between them. */
export function joinWavs(clips: readonly PcmAudio[], gapMs: number): Buffer {
  const [first] = clips;
  if (!first) throw new WavError('no audio to join');
  const { channels, sampleRate, bitsPerSample } = first.format;
  const frameBytes = channels * (bitsPerSample / 8);
  for (const clip of clips) {
    const other = clip.format;
    if (other.channels !== channels || other.sampleRate !== sampleRate || other.bitsPerSample !== bitsPerSample) throw new WavError('the clips have different formats');
  }
  const gap = Buffer.alloc(Math.round((sampleRate * gapMs) / 1000) * frameBytes);
  const samples = Buffer.concat(clips.flatMap((clip, index) => (index === 0 ? [clip.samples] : [gap, clip.samples])));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * frameBytes, 28);
  header.writeUInt16LE(frameBytes, 32);
  header.writeUInt16LE(bitsPerSample, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

/** How long the audio plays, in seconds. */
export function durationSeconds(audio: PcmAudio): number {
  const { channels, sampleRate, bitsPerSample } = audio.format;
  return audio.samples.length / (channels * (bitsPerSample / 8) * sampleRate);
}
