import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { MAX_AUDIO_BYTES } from './audio-processing.ts';
import { MAX_IMAGE_BYTES } from './image-processing.ts';
import { Audio, AudioUploadQuery, Image, ImageOwnerQuery, ImageUploadQuery } from './media.schemas.ts';
import { MediaService } from './media.service.ts';

/**
 * The upload, as the raw bytes; its real type is read from them, not from this header. A private
 * field, so the input guards (which look into a body's own fields for text) leave the bytes alone.
 */
class UploadedImage {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}
const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];
/** What browsers send with an .mp3 or .m4a file; the content decides, not this. */
const AUDIO_TYPES = ['audio/mpeg', 'audio/mp3', 'audio/mp4', 'audio/x-m4a', 'audio/aac'];

/**
 * The one range of `bytes=a-b`, `bytes=a-` or `bytes=-n` within a file of `length` bytes, or
 * undefined: then the whole file is sent (a server may ignore a Range it does not handle).
 */
export function byteRange(header: string | undefined, length: number): { start: number; end: number } | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, length - Number(match[2]));
    end = length - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? length - 1 : Math.min(Number(match[2]), length - 1);
  }
  return start <= end && start < length ? { start, end } : undefined;
}
/** A picture's copies never change (a new picture gets a new id): browsers may keep them a year. */
const FOREVER = 'public, max-age=31536000, immutable';

export async function mediaRoutes(app: App) {
  const service = new MediaService(app.deps.database.db);

  app.addContentTypeParser(
    [...UPLOAD_TYPES, ...AUDIO_TYPES],
    { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES },
    (_r, body, done) => done(null, new UploadedImage(body as Buffer)),
  );

  app.post(
    '/images',
    {
      schema: {
        tags: ['media'],
        summary: 'Upload a picture of an offer, a provider or a route: JPEG, PNG or WebP, at most 10 MB',
        description:
          'The body is the picture itself. Its type is read from its first bytes, not from its name or Content-Type; ' +
          'SVG and other files are refused with 415. It is turned upright, resized into widths of 320, 640 and 1280 pixels ' +
          '(never wider than the original) and kept as WebP without metadata: EXIF and GPS positions are removed.',
        operationId: 'uploadImage',
        querystring: ImageUploadQuery,
        consumes: UPLOAD_TYPES,
        body: Type.Unsafe<UploadedImage>({ description: 'The picture itself (binary): JPEG, PNG or WebP' }),
        response: { 201: Image, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const bytes = request.body instanceof UploadedImage ? request.body.bytes : Buffer.alloc(0);
      return reply.code(201).send(await service.upload(request.principal, request.query, bytes));
    },
  );

  app.get(
    '/images',
    {
      schema: {
        tags: ['media'],
        summary: 'The pictures of an offer, a provider or a route, in their order',
        operationId: 'listImages',
        querystring: ImageOwnerQuery,
        response: { 200: Type.Object({ items: Type.Array(Image) }), ...problemResponses(400) },
      },
    },
    async (request) => ({
      items: await service.list(request.principal, request.query.purpose, request.query.ownerId),
    }),
  );

  app.delete(
    '/images/:imageId',
    {
      schema: {
        tags: ['media'],
        summary: 'Remove a picture',
        operationId: 'deleteImage',
        params: Type.Object({ imageId: Uuid }),
        response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.remove(request.principal, request.params.imageId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/images/:imageId/:file',
    {
      schema: {
        tags: ['media'],
        summary: 'One copy of a picture (WebP), by its width: `640.webp`',
        operationId: 'getImageFile',
        params: Type.Object({
          imageId: Uuid,
          file: Type.String({ pattern: '^[1-9][0-9]{1,3}\\.webp$', description: 'The width and .webp' }),
        }),
        response: {
          200: {
            description: 'The picture',
            content: { 'image/webp': { schema: Type.String({ format: 'binary' }) } },
          },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const width = Number.parseInt(request.params.file, 10);
      const bytes = await service.variant(request.principal, request.params.imageId, width);
      return reply
        .header('Content-Type', 'image/webp')
        .header('Cache-Control', FOREVER)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'")
        .send(bytes as unknown as string); // binary body; the schema documents it
    },
  );

  app.post(
    '/audio',
    {
      bodyLimit: MAX_AUDIO_BYTES,
      schema: {
        tags: ['media'],
        summary: "Upload a podcast episode's audio: MP3 or M4A, at most 50 MB and 3 hours",
        description:
          'The body is the audio file itself. Its type is read from its content (MP3 frames, or an MP4 container ' +
          'holding only sound), not from its name or Content-Type; anything else is refused with 415. The duration ' +
          'is read from the file. An episode has one file: a new upload replaces the old one.',
        operationId: 'uploadAudio',
        querystring: AudioUploadQuery,
        consumes: [...AUDIO_TYPES, 'application/octet-stream'],
        body: Type.Unsafe<UploadedImage>({ description: 'The audio file itself (binary): MP3 or M4A' }),
        response: { 201: Audio, ...problemResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const bytes = request.body instanceof UploadedImage ? request.body.bytes : Buffer.alloc(0);
      return reply.code(201).send(await service.uploadAudio(request.principal, request.query.storyId, bytes));
    },
  );

  app.delete(
    '/audio/:audioId',
    {
      schema: {
        tags: ['media'],
        summary: "Remove a podcast episode's audio",
        operationId: 'deleteAudio',
        params: Type.Object({ audioId: Uuid }),
        response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.removeAudio(request.principal, request.params.audioId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/audio/:audioId/:file',
    {
      schema: {
        tags: ['media'],
        summary: "A podcast episode's audio file, whole or one byte range (Range: bytes=...)",
        operationId: 'getAudioFile',
        params: Type.Object({
          audioId: Uuid,
          file: Type.String({ pattern: '^episode\\.(mp3|m4a)$', description: 'episode.mp3 or episode.m4a' }),
        }),
        response: {
          200: {
            description: 'The whole file',
            content: {
              'audio/mpeg': { schema: Type.String({ format: 'binary' }) },
              'audio/mp4': { schema: Type.String({ format: 'binary' }) },
            },
          },
          206: {
            description: 'The range asked for (Content-Range says which)',
            content: {
              'audio/mpeg': { schema: Type.String({ format: 'binary' }) },
              'audio/mp4': { schema: Type.String({ format: 'binary' }) },
            },
          },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await service.audioFile(request.principal, request.params.audioId);
      const length = file.bytes.byteLength;
      const range = byteRange(request.headers.range, length);
      reply
        .header('Content-Type', file.contentType)
        .header('Accept-Ranges', 'bytes')
        .header('Cache-Control', FOREVER)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'");
      if (!range) return reply.send(file.bytes as unknown as string);
      return reply
        .code(206)
        .header('Content-Range', `bytes ${range.start}-${range.end}/${length}`)
        .send(file.bytes.subarray(range.start, range.end + 1) as unknown as string);
    },
  );
}
