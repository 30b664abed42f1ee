import type { Static } from '@sinclair/typebox';
import type { Audio, Image } from './media.schemas.ts';
import type { AudioRow, ImageRow } from './media.repository.ts';

const urlOf = (id: string, width: number) => `/api/v1/images/${id}/${width}.webp`;

/** A picture as pages use it: an img's src, srcset and size (so the page keeps its place while it loads). */
export function presentImage(row: ImageRow): Static<typeof Image> {
  const widths = [...row.widths].sort((a, b) => a - b);
  return {
    id: row.id,
    purpose: row.purpose,
    ownerId: row.owner_id,
    alt: row.alt,
    width: row.width,
    height: row.height,
    src: urlOf(row.id, widths[0]!),
    srcset: widths.map((w) => `${urlOf(row.id, w)} ${w}w`).join(', '),
  };
}

const AUDIO_FILE = { 'audio/mpeg': 'episode.mp3', 'audio/mp4': 'episode.m4a' } as const;

/** An episode's audio as the player and the podcast feed use it. */
export function presentAudio(row: AudioRow): Static<typeof Audio> {
  return {
    id: row.id,
    storyId: row.owner_id,
    url: `/api/v1/audio/${row.id}/${AUDIO_FILE[row.content_type]}`,
    contentType: row.content_type,
    byteLength: row.byte_length,
    durationSeconds: row.duration_seconds,
  };
}
