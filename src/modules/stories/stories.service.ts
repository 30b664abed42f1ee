import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { audioOf, imagesOf } from '../media/media.service.ts';
import { slugify as wijkSlug } from '../maps/reproject.ts';
import { safePhotoUrl, storyTextProblems } from './story-text.ts';
import {
  StoriesRepository,
  type PublicStoryFilter,
  type StoryLinkValue,
  type StoryRow,
  type StoryValues,
} from './stories.repository.ts';
import { storiesPolicy } from './stories.policy.ts';
import type { StoryDecision, StoryInput, StorySubmission } from './stories.schemas.ts';
import type { StoryLanguage, StoryStatus } from './stories.tables.ts';

export type StoryInputBody = Static<typeof StoryInput>;
export type StorySubmissionBody = Static<typeof StorySubmission>;
export type StoryDecisionBody = Static<typeof StoryDecision>;

const invalid = (problems: InvalidParam[], what: string) => {
  if (problems.length > 0) throw new DomainError('invalid-input', `${what}; see invalidParams.`, problems);
};

/** Every field's problem that a schema cannot say; all are named at once, nothing is saved. */
export function storyProblems(input: StorySubmissionBody & Partial<StoryInputBody>): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const field = (name: string, code: string, reason: string) => problems.push({ name: `body.${name}`, code, reason });
  if (input.title.trim() === '') field('title', 'empty', 'give the story a title');
  if (input.lead.trim() === '') field('lead', 'empty', 'write a short lead');
  problems.push(...storyTextProblems(input.bodyMarkdown, 'body.bodyMarkdown'));
  if (input.transcriptMarkdown)
    problems.push(...storyTextProblems(input.transcriptMarkdown, 'body.transcriptMarkdown'));
  for (const [i, t] of (input.translations ?? []).entries())
    problems.push(...storyTextProblems(t.bodyMarkdown, `body.translations.${i}.bodyMarkdown`));
  const photo = input.photoUrl?.trim();
  if (photo && !safePhotoUrl(photo))
    field('photoUrl', 'format', 'a photo is an https:// address or a path on this site');
  if (photo && !input.photoAlt?.trim())
    field('photoAlt', 'required', 'describe the photo for people who cannot see it (alt text)');
  const languages = (input.translations ?? []).map((t) => t.language);
  if (new Set(languages).size !== languages.length) field('translations', 'duplicate', 'one translation per language');
  return problems;
}

export interface PresentedLink {
  kind: StoryLinkValue['kind'];
  target: string;
  label: string;
  path: string | null;
}

/** Where what a story links to has its own page on the site. */
function pathOf(kind: StoryLinkValue['kind'], target: string, label: string): string | null {
  switch (kind) {
    case 'route':
      return `/routes/${target}`;
    case 'wijk':
      return `/wijken/${wijkSlug(label)}`;
    case 'provider':
      return `/aanbieders/${target}`;
    case 'offer':
      return `/aanbod/${target}`;
    case 'event':
      return '/agenda';
    case 'partner':
      return null;
  }
}

/**
 * Stories and their editorial flow. Editors write drafts and send them for review; a chief editor
 * publishes now, schedules for later, sends back with a comment, or withdraws. Partners and
 * providers submit stories that enter the same review. Every decision names the version it was
 * made on, so two people deciding at once cannot both win.
 */
export class StoriesService {
  private readonly repo: StoriesRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.repo = new StoriesRepository(db);
  }

  async listPublic(
    principal: Principal,
    filter: PublicStoryFilter & { language?: 'nl' | StoryLanguage },
    page: number,
    pageSize: number,
    now = new Date(),
  ) {
    storiesPolicy.authorize(principal, 'stories.read');
    const { items, totalItems } = await this.repo.listPublic(principal.tenantId, filter, now, page, pageSize);
    const ids = items.map((r) => r.id);
    const [translations, photos, audio] = await Promise.all([
      this.translationsFor(principal.tenantId, items, filter.language),
      imagesOf(this.db, principal.tenantId, 'story', ids),
      audioOf(this.db, principal.tenantId, ids),
    ]);
    return {
      items: items.map((row) => ({
        row,
        translation: translations.get(row.id),
        photo: photos.get(row.id)?.[0],
        audio: audio.get(row.id),
      })),
      totalItems,
    };
  }

  async getPublic(principal: Principal, slug: string, language?: 'nl' | StoryLanguage, now = new Date()) {
    storiesPolicy.authorize(principal, 'stories.read');
    const row = await this.repo.findPublicBySlug(principal.tenantId, slug, now);
    if (!row) throw new DomainError('story-not-found', `There is no published story "${slug}".`);
    const [links, translations, photos, audio] = await Promise.all([
      this.presentableLinks(principal.tenantId, [row.id]),
      this.translationsFor(principal.tenantId, [row], language),
      imagesOf(this.db, principal.tenantId, 'story', [row.id]),
      audioOf(this.db, principal.tenantId, [row.id]),
    ]);
    return {
      row,
      links: links.get(row.id) ?? [],
      translation: translations.get(row.id),
      photo: photos.get(row.id)?.[0],
      audio: audio.get(row.id),
    };
  }

  async adminList(principal: Principal, status?: StoryStatus) {
    storiesPolicy.authorize(principal, 'stories.write');
    return this.withDetails(principal.tenantId, await this.repo.listAll(principal.tenantId, status));
  }

  async adminGet(principal: Principal, id: string) {
    storiesPolicy.authorize(principal, 'stories.write');
    const row = await this.repo.findById(principal.tenantId, id);
    if (!row) throw new DomainError('story-not-found', `There is no story ${id}.`);
    return (await this.withDetails(principal.tenantId, [row]))[0]!;
  }

  async create(principal: Principal, input: StoryInputBody) {
    storiesPolicy.authorize(principal, 'stories.write');
    invalid(storyProblems(input), 'The story is not complete');
    await this.checkLinks(principal.tenantId, input.links);
    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new StoriesRepository(tx);
      const row = await repo.insert(principal.tenantId, this.values(input, principal));
      if (!row) throw new DomainError('story-slug-taken', `Another story already has the address "${input.slug}".`);
      await repo.replaceLinks(principal.tenantId, row.id, input.links);
      await repo.replaceTranslations(principal.tenantId, row.id, this.translations(input));
      return row.id;
    });
    return this.adminGet(principal, id);
  }

  /** Replaces the text of a story; a public story's text changes only through a new review. */
  async update(principal: Principal, id: string, version: number, input: StoryInputBody) {
    storiesPolicy.authorize(principal, 'stories.write');
    invalid(storyProblems(input), 'The story is not complete');
    await this.checkLinks(principal.tenantId, input.links);
    await this.db.transaction().execute(async (tx) => {
      const repo = new StoriesRepository(tx);
      const owner = await repo.slugOwner(principal.tenantId, input.slug);
      if (owner && owner.id !== id)
        throw new DomainError('story-slug-taken', `Another story already has the address "${input.slug}".`);
      const existing = await repo.findById(principal.tenantId, id);
      if (!existing) throw new DomainError('story-not-found', `There is no story ${id}.`);
      const values = this.values(input, principal, existing);
      const updated = await repo.update(principal.tenantId, id, version, values);
      if (!updated) throw new DomainError('story-status-changed', 'The story was changed since you opened it.');
      await repo.replaceLinks(principal.tenantId, id, input.links);
      await repo.replaceTranslations(principal.tenantId, id, this.translations(input));
    });
    return this.adminGet(principal, id);
  }

  /** A partner or provider submits a story: it goes straight into review, with their name. */
  async submit(principal: Principal, input: StorySubmissionBody) {
    storiesPolicy.authorize(principal, 'stories.submit');
    invalid(storyProblems(input), 'The story is not complete');
    if (principal.kind !== 'staff') throw new DomainError('forbidden', 'Your account may not do this.');
    const organisation = await this.repo.organisationOf(principal.tenantId, principal);
    if (!organisation) throw new DomainError('forbidden', 'Your account is not linked to an organisation.');
    const slugBase = slugify(input.title);
    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new StoriesRepository(tx);
      const row = await repo.insert(
        principal.tenantId,
        {
          slug: `${slugBase}-${Date.now().toString(36)}`.slice(0, 100).replace(/-+$/, ''),
          kind: input.kind,
          title: input.title.trim(),
          lead: input.lead.trim(),
          body_markdown: input.bodyMarkdown,
          photo_url: input.photoUrl?.trim() || null,
          photo_alt: input.photoUrl?.trim() ? (input.photoAlt?.trim() ?? null) : null,
          submitted_by_kind: organisation.kind,
          submitted_by_name: organisation.name,
          author_id: actorId(principal),
        },
        'in_review',
      );
      if (!row) throw new DomainError('story-slug-taken', 'Please try again.');
      // The story is about the organisation that tells it.
      await repo.replaceLinks(principal.tenantId, row.id, [{ kind: organisation.kind, target: organisation.id }]);
      return row.id;
    });
    return { id };
  }

  /** submit, publish, schedule, send_back, withdraw: each only from the statuses it makes sense from. */
  async decide(principal: Principal, id: string, decision: StoryDecisionBody, now = new Date()) {
    const by = actorId(principal);
    const tenantId = principal.tenantId;
    const change = (() => {
      switch (decision.action) {
        case 'submit':
          storiesPolicy.authorize(principal, 'stories.write');
          return { from: ['draft'] as const, to: 'in_review' as const };
        case 'publish':
          storiesPolicy.authorize(principal, 'stories.publish');
          return {
            from: ['in_review', 'scheduled'] as const,
            to: 'published' as const,
            publishAt: now,
            publishedBy: by,
          };
        case 'schedule': {
          storiesPolicy.authorize(principal, 'stories.publish');
          const at = decision.publishAt ? new Date(decision.publishAt) : undefined;
          if (!at || at.getTime() <= now.getTime())
            invalid(
              [{ name: 'body.publishAt', code: 'future', reason: 'a scheduled story needs a moment in the future' }],
              'The schedule is not complete',
            );
          return {
            from: ['in_review', 'scheduled'] as const,
            to: 'scheduled' as const,
            publishAt: at!,
            publishedBy: by,
          };
        }
        case 'send_back':
          storiesPolicy.authorize(principal, 'stories.publish');
          if (!decision.comment?.trim())
            invalid(
              [{ name: 'body.comment', code: 'required', reason: 'say what must change' }],
              'Sending back needs a comment',
            );
          return {
            from: ['in_review', 'scheduled'] as const,
            to: 'draft' as const,
            comment: decision.comment!.trim(),
            publishAt: null,
          };
        case 'withdraw':
          storiesPolicy.authorize(principal, 'stories.publish');
          return { from: ['scheduled', 'published'] as const, to: 'withdrawn' as const };
      }
    })();
    const moved = await this.repo.transition(tenantId, id, { ...change, version: decision.version });
    if (!moved) {
      const existing = await this.repo.findById(tenantId, id);
      if (!existing) throw new DomainError('story-not-found', `There is no story ${id}.`);
      throw new DomainError(
        'story-status-changed',
        `The story is ${existing.status} (version ${existing.version}); it cannot be ${decision.action.replace('_', ' ')}ed from there now.`,
      );
    }
    return this.adminGet(principal, id);
  }

  private values(input: StoryInputBody, principal: Principal, existing?: StoryRow): StoryValues {
    const photo = input.photoUrl?.trim() || null;
    return {
      slug: input.slug,
      kind: input.kind,
      title: input.title.trim(),
      lead: input.lead.trim(),
      body_markdown: input.bodyMarkdown,
      transcript_markdown: input.transcriptMarkdown ?? existing?.transcript_markdown ?? '',
      photo_url: photo,
      photo_alt: photo ? (input.photoAlt?.trim() ?? null) : null,
      submitted_by_kind: existing?.submitted_by_kind ?? 'editor',
      submitted_by_name: existing?.submitted_by_name ?? null,
      author_id: existing?.author_id ?? actorId(principal),
    };
  }

  private translations(input: StoryInputBody) {
    return (input.translations ?? []).map((t) => ({
      language: t.language,
      title: t.title.trim(),
      lead: t.lead.trim(),
      body_markdown: t.bodyMarkdown,
    }));
  }

  /** Every link must point at something that exists in this municipality. */
  private async checkLinks(tenantId: string, links: StoryLinkValue[]) {
    const labels = await this.repo.labels(tenantId, links);
    const problems = links.flatMap((link, i) =>
      labels.has(`${link.kind}:${link.target}`)
        ? []
        : [{ name: `body.links.${i}.target`, code: 'unknown', reason: `there is no ${link.kind} "${link.target}"` }],
    );
    invalid(problems, 'A link points at nothing');
  }

  private async presentableLinks(tenantId: string, storyIds: string[]) {
    const links = await this.repo.linksOf(tenantId, storyIds);
    const labels = await this.repo.labels(tenantId, links);
    const byStory = new Map<string, PresentedLink[]>();
    for (const link of links) {
      const label = labels.get(`${link.kind}:${link.target}`);
      if (!label) continue; // what it linked to was removed since
      const list = byStory.get(link.story_id) ?? [];
      list.push({ kind: link.kind, target: link.target, label, path: pathOf(link.kind, link.target, label) });
      byStory.set(link.story_id, list);
    }
    return byStory;
  }

  private async translationsFor(tenantId: string, rows: StoryRow[], language?: 'nl' | StoryLanguage) {
    if (!language || language === 'nl') return new Map<string, { title: string; lead: string; body: string }>();
    const found = await this.repo.translationsOf(
      tenantId,
      rows.map((r) => r.id),
      language,
    );
    return new Map(found.map((t) => [t.story_id, { title: t.title, lead: t.lead, body: t.body_markdown }]));
  }

  private async withDetails(tenantId: string, rows: StoryRow[]) {
    const ids = rows.map((r) => r.id);
    const [links, translations, photos, audio] = await Promise.all([
      this.presentableLinks(tenantId, ids),
      this.repo.translationsOf(tenantId, ids),
      imagesOf(this.db, tenantId, 'story', ids),
      audioOf(this.db, tenantId, ids),
    ]);
    return rows.map((row) => ({
      row,
      links: links.get(row.id) ?? [],
      translations: translations.filter((t) => t.story_id === row.id),
      photos: photos.get(row.id) ?? [],
      audio: audio.get(row.id),
    }));
  }
}

/** A web address from a title: lower-case ASCII words with hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'verhaal';
}
