import sharp from 'sharp';
import { DomainError } from '../../shared/errors.ts';

/** Largest upload: 10 MB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Largest picture in pixels we decode (a decompression bomb is refused before it fills memory). */
const MAX_INPUT_PIXELS = 40_000_000;
/** The widths made of each picture, for `srcset`: a phone, a tablet, a wide screen. */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;
const WEBP_QUALITY = 78;

// One picture at a time per process: the machine serves tills too.
sharp.concurrency(1);

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/**
 * The real type of an upload from its first bytes (magic numbers), never from its name or the
 * Content-Type it came with. Only JPEG, PNG and WebP: never SVG (a picture that can run script).
 */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp'; // RIFF....WEBP
  return undefined;
}

const unsupported = (reason: string) =>
  new DomainError('image-type-unsupported', 'Send a JPEG, PNG or WebP picture of at most 10 MB.', [
    { name: 'body', code: 'image-type-unsupported', reason },
  ]);

export interface ResizedImage {
  /** The largest copy's size. */
  width: number;
  height: number;
  variants: { width: number; bytes: Buffer }[];
}

/**
 * Checks the upload by its content and makes the copies: turned upright (EXIF orientation), then
 * each width no wider than the original, as WebP. Sharp writes no metadata unless asked, so EXIF,
 * GPS positions, XMP and ICC profiles are left behind.
 */
export async function resizeImage(bytes: Uint8Array): Promise<ResizedImage> {
  if (bytes.byteLength === 0) throw unsupported('the file is empty');
  if (!sniffImageType(bytes)) throw unsupported('the content is not a JPEG, PNG or WebP picture');
  let upright: { data: Buffer; info: sharp.OutputInfo };
  try {
    upright = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw unsupported('the picture cannot be read, or has more than 40 million pixels');
  }
  const original = upright.info.width;
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < original);
  widths.push(Math.min(original, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!));
  const variants: ResizedImage['variants'] = [];
  for (const width of [...new Set(widths)].sort((a, b) => a - b)) {
    const bytesOut = await sharp(upright.data)
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer();
    variants.push({ width, bytes: bytesOut });
  }
  const largest = variants[variants.length - 1]!;
  const height = Math.round((upright.info.height * largest.width) / original);
  return { width: largest.width, height: Math.max(1, height), variants };
}
