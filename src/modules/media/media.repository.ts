import type { Db } from '../../db/database.ts';
import type { ImagePurpose } from './media.tables.ts';

const IMAGE_COLUMNS = ['id', 'purpose', 'owner_id', 'alt', 'position', 'width', 'height', 'widths'] as const;

/** Queries of the media module. Every query filters by tenant. */
export class MediaRepository {
  constructor(private readonly db: Db) {}

  /** The provider an offer belongs to, or undefined: an offer's pictures are its provider's to manage. */
  async providerOfOffer(tenantId: string, offerId: string) {
    const row = await this.db
      .selectFrom('offers')
      .select('provider_id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .executeTakeFirst();
    return row?.provider_id;
  }

  async providerExists(tenantId: string, providerId: string) {
    return !!(await this.db
      .selectFrom('providers')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst());
  }

  async sponsorExists(tenantId: string, sponsorId: string) {
    return !!(await this.db
      .selectFrom('sponsors')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', sponsorId)
      .executeTakeFirst());
  }

  async routeExists(tenantId: string, routeId: string) {
    return !!(await this.db
      .selectFrom('routes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', routeId)
      .executeTakeFirst());
  }

  /** A story, and whether it is a podcast episode: a story's photos and audio are its editors' to manage. */
  storyKind(tenantId: string, storyId: string) {
    return this.db
      .selectFrom('stories')
      .select('kind')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', storyId)
      .executeTakeFirst();
  }

  /** Locks the owner's pictures (their count decides whether one more may come). */
  async countOf(tenantId: string, purpose: ImagePurpose, ownerId: string) {
    const rows = await this.db
      .selectFrom('media_images')
      .select('position')
      .where('tenant_id', '=', tenantId)
      .where('purpose', '=', purpose)
      .where('owner_id', '=', ownerId)
      .forUpdate()
      .execute();
    return { count: rows.length, nextPosition: Math.max(-1, ...rows.map((r) => r.position)) + 1 };
  }

  async insert(
    tenantId: string,
    image: {
      purpose: ImagePurpose;
      ownerId: string;
      alt: string;
      position: number;
      width: number;
      height: number;
      createdBy: string;
    },
    variants: { width: number; bytes: Buffer }[],
  ) {
    const row = await this.db
      .insertInto('media_images')
      .values({
        tenant_id: tenantId,
        purpose: image.purpose,
        owner_id: image.ownerId,
        alt: image.alt,
        position: image.position,
        width: image.width,
        height: image.height,
        widths: variants.map((v) => v.width),
        created_by: image.createdBy,
      })
      .returning(IMAGE_COLUMNS)
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('media_variants')
      .values(variants.map((v) => ({ tenant_id: tenantId, image_id: row.id, width: v.width, bytes: v.bytes })))
      .execute();
    return row;
  }

  find(tenantId: string, imageId: string) {
    return this.db
      .selectFrom('media_images')
      .select(IMAGE_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', imageId)
      .executeTakeFirst();
  }

  /** The pictures of some owners of one purpose, in their order. */
  listOf(tenantId: string, purpose: ImagePurpose, ownerIds: string[]) {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('media_images')
      .select(IMAGE_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('purpose', '=', purpose)
      .where('owner_id', 'in', ownerIds)
      .orderBy('owner_id')
      .orderBy('position')
      .orderBy('created_at')
      .execute();
  }

  async variant(tenantId: string, imageId: string, width: number) {
    const row = await this.db
      .selectFrom('media_variants')
      .select('bytes')
      .where('tenant_id', '=', tenantId)
      .where('image_id', '=', imageId)
      .where('width', '=', width)
      .executeTakeFirst();
    return row ? Buffer.from(row.bytes) : undefined;
  }

  async delete(tenantId: string, imageId: string) {
    await this.db.deleteFrom('media_images').where('tenant_id', '=', tenantId).where('id', '=', imageId).execute();
  }
}

export const AUDIO_COLUMNS = ['id', 'owner_id', 'content_type', 'byte_length', 'duration_seconds'] as const;

/** Podcast audio: one file per episode; a new upload replaces the old one. */
export class AudioRepository {
  constructor(private readonly db: Db) {}

  async replace(
    tenantId: string,
    audio: {
      ownerId: string;
      contentType: 'audio/mpeg' | 'audio/mp4';
      durationSeconds: number;
      bytes: Buffer;
      createdBy: string;
    },
  ) {
    await this.db
      .deleteFrom('media_audio')
      .where('tenant_id', '=', tenantId)
      .where('owner_id', '=', audio.ownerId)
      .execute();
    return this.db
      .insertInto('media_audio')
      .values({
        tenant_id: tenantId,
        owner_id: audio.ownerId,
        content_type: audio.contentType,
        byte_length: audio.bytes.byteLength,
        duration_seconds: audio.durationSeconds,
        bytes: audio.bytes,
        created_by: audio.createdBy,
      })
      .returning(AUDIO_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  find(tenantId: string, id: string) {
    return this.db
      .selectFrom('media_audio')
      .select(AUDIO_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  listOf(tenantId: string, ownerIds: string[]) {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('media_audio')
      .select(AUDIO_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('owner_id', 'in', ownerIds)
      .execute();
  }

  async bytes(tenantId: string, id: string) {
    const row = await this.db
      .selectFrom('media_audio')
      .select(['bytes', 'content_type'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { bytes: Buffer.from(row.bytes), contentType: row.content_type } : undefined;
  }

  async delete(tenantId: string, id: string) {
    await this.db.deleteFrom('media_audio').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  }
}

export type AudioRow = NonNullable<Awaited<ReturnType<AudioRepository['find']>>>;
export type ImageRow = NonNullable<Awaited<ReturnType<MediaRepository['find']>>>;
