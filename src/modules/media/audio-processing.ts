import { DomainError } from '../../shared/errors.ts';

/** Largest audio upload: 50 MB (an hour of speech at 96 kbit/s is about 43 MB). */
export const MAX_AUDIO_BYTES = 50 * 1024 * 1024;
/** An episode lasts at least a second and at most three hours. */
export const MIN_AUDIO_SECONDS = 1;
export const MAX_AUDIO_SECONDS = 3 * 60 * 60;

export type AudioType = 'audio/mpeg' | 'audio/mp4';

export interface CheckedAudio {
  contentType: AudioType;
  /** Rounded to whole seconds, at least 1. */
  durationSeconds: number;
}

const unsupported = (reason: string) =>
  new DomainError('audio-type-unsupported', 'Send an MP3 or M4A audio file of at most 50 MB.', [
    { name: 'body', code: 'audio-type-unsupported', reason },
  ]);

// MPEG audio Layer III (MP3) frame headers: bitrates in kbit/s by index, sample rates in Hz.
const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES_V1 = [44100, 48000, 32000];

interface Frame {
  length: number;
  samples: number;
  sampleRate: number;
}

/** The MP3 frame whose header starts at `offset`, or undefined when there is none. */
function mp3Frame(bytes: Uint8Array, offset: number): Frame | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const b1 = bytes[offset + 1]!;
  const b2 = bytes[offset + 2]!;
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined; // 11 sync bits
  const version = (b1 >> 3) & 0b11; // 3: MPEG 1, 2: MPEG 2, 0: MPEG 2.5, 1: reserved
  const layer = (b1 >> 1) & 0b11; // 1: Layer III
  if (version === 1 || layer !== 1) return undefined;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 0b11;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined;
  const mpeg1 = version === 3;
  const bitrate = (mpeg1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex]! * 1000;
  const sampleRate = SAMPLE_RATES_V1[rateIndex]! / (mpeg1 ? 1 : version === 2 ? 2 : 4);
  const padding = (b2 >> 1) & 1;
  const length = Math.floor(((mpeg1 ? 144 : 72) * bitrate) / sampleRate) + padding;
  return { length, samples: mpeg1 ? 1152 : 576, sampleRate };
}

/** The size of an ID3v2 tag at the start (10-byte header, "syncsafe" size, optional footer), or 0. */
function id3Size(bytes: Uint8Array): number {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0; // "ID3"
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  return 10 + size + (bytes[5]! & 0x10 ? 10 : 0);
}

/**
 * An MP3 file: an optional ID3v2 tag, then MPEG Layer III frames back to back until (nearly) the
 * end, where an ID3v1 or APE tag may follow. The duration is the sum of the frames' samples,
 * which is right for constant and variable bitrates alike.
 */
export function mp3Duration(bytes: Uint8Array): number | undefined {
  let offset = id3Size(bytes);
  let frames = 0;
  let seconds = 0;
  const start = offset;
  for (;;) {
    const frame = mp3Frame(bytes, offset);
    if (!frame || offset + frame.length > bytes.length) break;
    frames += 1;
    seconds += frame.samples / frame.sampleRate;
    offset += frame.length;
  }
  const rest = bytes.length - offset;
  // At least two frames, and what is left over is no more than a trailing tag or a cut-off frame.
  if (frames < 2 || rest > Math.max(2048, (bytes.length - start) * 0.02)) return undefined;
  return seconds;
}

const fourcc = (bytes: Uint8Array, offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));

interface Box {
  type: string;
  start: number;
  body: number;
  end: number;
}

/** The boxes (atoms) of an ISO base media file between `from` and `to`. */
function boxes(bytes: Uint8Array, from: number, to: number): Box[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Box[] = [];
  let offset = from;
  while (offset + 8 <= to) {
    let size = view.getUint32(offset);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > to) return undefined;
      size = Number(view.getBigUint64(offset + 8));
      header = 16;
    } else if (size === 0) size = to - offset;
    if (size < header || offset + size > to) return undefined;
    found.push({ type: fourcc(bytes, offset + 4), start: offset, body: offset + header, end: offset + size });
    offset += size;
  }
  return found;
}

/**
 * An M4A file: an ISO base media container (`ftyp` first) whose `moov` holds only sound tracks
 * (a handler of type `soun`, no video) and a `mdat` with the media. The duration comes from the
 * movie header (`mvhd`: duration / timescale).
 */
export function m4aDuration(bytes: Uint8Array): number | undefined {
  if (bytes.length < 16 || fourcc(bytes, 4) !== 'ftyp') return undefined;
  const top = boxes(bytes, 0, bytes.length);
  const moov = top?.find((b) => b.type === 'moov');
  if (!top || !moov || !top.some((b) => b.type === 'mdat')) return undefined;
  const inMoov = boxes(bytes, moov.body, moov.end);
  const mvhd = inMoov?.find((b) => b.type === 'mvhd');
  if (!inMoov || !mvhd) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[mvhd.body]!;
  const timescale = view.getUint32(mvhd.body + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(view.getBigUint64(mvhd.body + 24)) : view.getUint32(mvhd.body + 16);
  if (timescale === 0) return undefined;
  const handlers: string[] = [];
  for (const trak of inMoov.filter((b) => b.type === 'trak')) {
    const mdia = boxes(bytes, trak.body, trak.end)?.find((b) => b.type === 'mdia');
    const hdlr = mdia && boxes(bytes, mdia.body, mdia.end)?.find((b) => b.type === 'hdlr');
    // hdlr: version and flags (4), pre_defined (4), handler_type (4).
    handlers.push(hdlr && hdlr.body + 12 <= hdlr.end ? fourcc(bytes, hdlr.body + 8) : '');
  }
  if (handlers.length === 0 || handlers.some((h) => h !== 'soun')) return undefined;
  return duration / timescale;
}

/**
 * Checks an upload by its content, never by its name or Content-Type: MP3 frames or an M4A
 * container with only sound in it, lasting between a second and three hours.
 */
export function checkAudio(bytes: Uint8Array): CheckedAudio {
  if (bytes.byteLength === 0) throw unsupported('the file is empty');
  if (bytes.byteLength > MAX_AUDIO_BYTES) throw unsupported('the file is larger than 50 MB');
  const mp3 = mp3Duration(bytes);
  const m4a = mp3 === undefined ? m4aDuration(bytes) : undefined;
  const seconds = mp3 ?? m4a;
  if (seconds === undefined) throw unsupported('the content is not MP3 or M4A (AAC) audio');
  if (seconds < MIN_AUDIO_SECONDS || seconds > MAX_AUDIO_SECONDS)
    throw new DomainError('invalid-input', 'An episode lasts between 1 second and 3 hours.', [
      {
        name: 'body',
        code: 'duration',
        reason: `the audio lasts ${Math.round(seconds)} seconds; an episode lasts between 1 second and 3 hours`,
      },
    ]);
  return {
    contentType: mp3 !== undefined ? 'audio/mpeg' : 'audio/mp4',
    durationSeconds: Math.max(1, Math.round(seconds)),
  };
}

/**
 * A small valid MP3 of silence, `seconds` long: MPEG 1 Layer III frames of 32 kbit/s at 44.1 kHz
 * with empty side information, which every decoder plays as silence. For the demo and the tests:
 * no recording is downloaded or shipped.
 */
export function silentMp3(seconds: number): Buffer {
  const frameLength = Math.floor((144 * 32_000) / 44_100); // 104 bytes, no padding
  const frames = Math.ceil((seconds * 44_100) / 1152);
  const out = Buffer.alloc(frames * frameLength);
  for (let i = 0; i < frames; i++) {
    // Sync, MPEG 1, Layer III, no CRC; 32 kbit/s, 44.1 kHz, no padding; mono.
    out.set([0xff, 0xfb, 0x10, 0xc0], i * frameLength);
  }
  return out;
}
