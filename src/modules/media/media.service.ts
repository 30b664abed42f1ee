import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { checkAudio } from './audio-processing.ts';
import { resizeImage } from './image-processing.ts';
import { mediaPolicy, type ImageOwner } from './media.policy.ts';
import { presentAudio, presentImage } from './media.presenter.ts';
import { AudioRepository, MediaRepository } from './media.repository.ts';
import type { ImagePurpose } from './media.tables.ts';

/** At most this many pictures per offer, provider or route. */
export const MAX_IMAGES_PER_OWNER = 8;

/**
 * Pictures of offers, providers and routes: checked by their content, resized into a few widths
 * on upload, kept without metadata, and served with long cache headers (a picture never changes:
 * a new one gets a new id).
 */
export class MediaService {
  constructor(private readonly db: Db) {}

  async upload(
    principal: Principal,
    target: { purpose: ImagePurpose; ownerId: string; alt?: string | undefined },
    bytes: Uint8Array,
  ) {
    const { tenantId } = principal;
    await this.authorizeOwner(principal, target.purpose, target.ownerId);
    // A story's photo is shared and read aloud: it needs its alt text (issue 20).
    if (target.purpose === 'story' && !target.alt?.trim())
      throw new DomainError('invalid-input', "A story's photo needs a description; see invalidParams.", [
        { name: 'query.alt', code: 'required', reason: 'describe the photo for people who cannot see it (alt text)' },
      ]);
    // Resized before the transaction: no lock is held while the CPU works.
    const resized = await resizeImage(bytes);
    const row = await this.db.transaction().execute(async (tx) => {
      const repo = new MediaRepository(tx);
      const { count, nextPosition } = await repo.countOf(tenantId, target.purpose, target.ownerId);
      if (count >= MAX_IMAGES_PER_OWNER)
        throw new DomainError(
          'image-limit-reached',
          `There are already ${MAX_IMAGES_PER_OWNER} pictures here. Remove one first.`,
        );
      return repo.insert(
        tenantId,
        {
          purpose: target.purpose,
          ownerId: target.ownerId,
          alt: target.alt?.trim() ?? '',
          position: nextPosition,
          width: resized.width,
          height: resized.height,
          createdBy: actorId(principal),
        },
        resized.variants,
      );
    });
    return presentImage(row);
  }

  async list(principal: Principal, purpose: ImagePurpose, ownerId: string) {
    mediaPolicy.authorize(principal, 'image.read');
    return (await new MediaRepository(this.db).listOf(principal.tenantId, purpose, [ownerId])).map(presentImage);
  }

  async remove(principal: Principal, imageId: string) {
    const repo = new MediaRepository(this.db);
    const image = await repo.find(principal.tenantId, imageId);
    if (!image) throw notFound('Picture');
    await this.authorizeOwner(principal, image.purpose, image.owner_id);
    await repo.delete(principal.tenantId, imageId);
  }

  /** The bytes of one copy, or a 404: public, as the pages that show it. */
  async variant(principal: Principal, imageId: string, width: number) {
    mediaPolicy.authorize(principal, 'image.read');
    const bytes = await new MediaRepository(this.db).variant(principal.tenantId, imageId, width);
    if (!bytes) throw notFound('Picture');
    return bytes;
  }

  /** The owner exists, and the principal may manage its pictures (deny by default). */
  private async authorizeOwner(principal: Principal, purpose: ImagePurpose, ownerId: string) {
    const repo = new MediaRepository(this.db);
    const { tenantId } = principal;
    let owner: ImageOwner;
    if (purpose === 'offer') {
      const providerId = await repo.providerOfOffer(tenantId, ownerId);
      if (!providerId) throw notFound('Offer');
      owner = { purpose, providerId };
    } else if (purpose === 'provider') {
      if (!(await repo.providerExists(tenantId, ownerId))) throw notFound('Provider');
      owner = { purpose, providerId: ownerId };
    } else if (purpose === 'story') {
      if (!(await repo.storyKind(tenantId, ownerId))) throw notFound('Story');
      owner = { purpose, providerId: null };
    } else if (purpose === 'sponsor') {
      if (!(await repo.sponsorExists(tenantId, ownerId))) throw notFound('Sponsor');
      owner = { purpose, providerId: null };
    } else {
      if (!(await repo.routeExists(tenantId, ownerId))) throw notFound('Route');
      owner = { purpose, providerId: null };
    }
    mediaPolicy.authorize(principal, 'image.manage', owner);
  }

  /**
   * A podcast episode's audio: checked by its content (MP3 frames or an M4A container of sound),
   * its duration read from it, and kept as it came. A new upload replaces the episode's old file.
   */
  async uploadAudio(principal: Principal, storyId: string, bytes: Uint8Array) {
    const { tenantId } = principal;
    mediaPolicy.authorize(principal, 'image.manage', { purpose: 'story', providerId: null });
    const story = await new MediaRepository(this.db).storyKind(tenantId, storyId);
    if (!story) throw notFound('Story');
    if (story.kind !== 'podcast')
      throw new DomainError('invalid-input', 'Only a podcast episode has audio; see invalidParams.', [
        { name: 'query.storyId', code: 'kind', reason: 'make the story a podcast episode first' },
      ]);
    return this.db
      .transaction()
      .execute((tx) => storeAudio(tx, tenantId, { storyId, bytes, createdBy: actorId(principal) }));
  }

  async removeAudio(principal: Principal, audioId: string) {
    mediaPolicy.authorize(principal, 'image.manage', { purpose: 'story', providerId: null });
    const repo = new AudioRepository(this.db);
    if (!(await repo.find(principal.tenantId, audioId))) throw notFound('Audio');
    await repo.delete(principal.tenantId, audioId);
  }

  /** The file, or a 404: public, as the episode page and the podcast feed that link to it. */
  async audioFile(principal: Principal, audioId: string) {
    mediaPolicy.authorize(principal, 'image.read');
    const file = await new AudioRepository(this.db).bytes(principal.tenantId, audioId);
    if (!file) throw notFound('Audio');
    return file;
  }
}

/**
 * Checks an episode's audio by its content and keeps it, replacing the episode's old file, in
 * the caller's transaction: for the upload above and the stories module's demo episode.
 */
export async function storeAudio(
  db: Db,
  tenantId: string,
  audio: { storyId: string; bytes: Uint8Array; createdBy: string },
) {
  const checked = checkAudio(audio.bytes);
  const row = await new AudioRepository(db).replace(tenantId, {
    ownerId: audio.storyId,
    contentType: checked.contentType,
    durationSeconds: checked.durationSeconds,
    bytes: Buffer.from(audio.bytes),
    createdBy: audio.createdBy,
  });
  return presentAudio(row);
}

/** The audio of some podcast episodes, per story id: for the stories module's pages and feed. */
export async function audioOf(db: Db, tenantId: string, storyIds: string[]) {
  return new Map(
    (await new AudioRepository(db).listOf(tenantId, storyIds)).map((row) => [row.owner_id, presentAudio(row)]),
  );
}

/**
 * The pictures of some offers, providers or routes, per owner id, as pages show them: for the
 * modules that present those (offers, showcase).
 */
export async function imagesOf(db: Db, tenantId: string, purpose: ImagePurpose, ownerIds: string[]) {
  const byOwner = new Map<string, ReturnType<typeof presentImage>[]>();
  for (const row of await new MediaRepository(db).listOf(tenantId, purpose, ownerIds)) {
    const list = byOwner.get(row.owner_id);
    if (list) list.push(presentImage(row));
    else byOwner.set(row.owner_id, [presentImage(row)]);
  }
  return byOwner;
}
