import type { Static } from '@sinclair/typebox';
import type { Image } from './media.schemas.ts';
import type { ImageRow } from './media.repository.ts';

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
