import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { MAX_IMAGE_BYTES } from './image-processing.ts';
import { Image, ImageOwnerQuery, ImageUploadQuery } from './media.schemas.ts';
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
/** A picture's copies never change (a new picture gets a new id): browsers may keep them a year. */
const FOREVER = 'public, max-age=31536000, immutable';

export async function mediaRoutes(app: App) {
  const service = new MediaService(app.deps.database.db);

  app.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_r, body, done) =>
    done(null, new UploadedImage(body as Buffer)),
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
}
