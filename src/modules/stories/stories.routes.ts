import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import type { Principal } from '../access/principal.ts';
import { atomFeed } from './atom.ts';
import { ARTWORK_SIZE, podcastArtwork, podcastFeed } from './podcast.ts';
import { presentAdminStory, presentStory, presentStorySummary } from './stories.presenter.ts';
import {
  AdminStory,
  Story,
  StoryDecision,
  StoryInput,
  StoryLanguage,
  StoryListQuery,
  StoryPage,
  StorySlug,
  StoryStatus,
  StorySubmission,
} from './stories.schemas.ts';
import { StoriesService } from './stories.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['stories'];
const StoryIdParams = Type.Object({ storyId: Uuid });
const FEED_SIZE = 30;
const Code = Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 1, maxLength: 100 });

export async function storiesRoutes(app: App) {
  const service = new StoriesService(app.deps.database.db);
  const publicUrl = app.deps.config.publicUrl.replace(/\/$/, '');

  app.get(
    '/stories',
    {
      schema: {
        tags,
        summary: 'Published stories, newest first, filtered by wijk, route, kind, provider or partner',
        operationId: 'listStories',
        querystring: StoryListQuery,
        response: { 200: StoryPage, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const { page = 1, pageSize = 12, language, ...filter } = request.query;
      const result = await service.listPublic(request.principal, { ...filter, language }, page, pageSize);
      return sendPage(request, reply, {
        items: result.items.map((i) => presentStorySummary(i.row, i.translation, language, i)),
        page,
        pageSize,
        totalItems: result.totalItems,
      });
    },
  );

  app.get(
    '/stories/:slug',
    {
      schema: {
        tags,
        summary: 'One published story, in the language asked for when translated, else in Dutch',
        operationId: 'getStory',
        params: Type.Object({ slug: StorySlug }),
        querystring: Type.Object(
          { language: Type.Optional(Type.Union([Type.Literal('nl'), StoryLanguage])) },
          { additionalProperties: false },
        ),
        response: { 200: Story, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const language = request.query.language ?? 'nl';
      const story = await service.getPublic(request.principal, request.params.slug, language);
      return presentStory(story.row, story.links, story.translation, language, story);
    },
  );

  const feed = async (
    request: { principal: Principal },
    filter: { wijk?: string; route?: string },
    title: string,
    selfPath: string,
  ) => {
    const { items } = await service.listPublic(request.principal, filter, 1, FEED_SIZE);
    return atomFeed({
      id: `${publicUrl}${selfPath}`,
      title,
      selfUrl: `${publicUrl}/api/v1${selfPath}`,
      siteUrl: `${publicUrl}/verhalen`,
      entries: items.map(({ row }) => ({
        id: `urn:uuid:${row.id}`,
        title: row.title,
        summary: row.lead,
        url: `${publicUrl}/verhalen/${row.slug}`,
        published: row.publish_at ?? row.updated_at,
        updated:
          row.updated_at > (row.publish_at ?? row.updated_at) ? row.updated_at : (row.publish_at ?? row.updated_at),
        author: row.submitted_by_kind === 'editor' ? 'Zaanse Pas' : (row.submitted_by_name ?? 'Zaanse Pas'),
      })),
    });
  };
  const AtomResponse = {
    200: { description: 'Atom 1.0 (RFC 4287)', content: { 'application/atom+xml': { schema: Type.String() } } },
  };

  app.get(
    '/story-feeds/site',
    {
      schema: {
        tags,
        summary: 'Atom feed of the newest published stories of the whole site',
        operationId: 'getSiteStoryFeed',
        response: { ...AtomResponse, ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      reply
        .type('application/atom+xml; charset=utf-8')
        .header('Cache-Control', 'public, max-age=300')
        .send(await feed(request, {}, 'Zaanse Pas: verhalen', '/story-feeds/site')),
  );

  app.get(
    '/story-feeds/wijken/:code',
    {
      schema: {
        tags,
        summary: "Atom feed of one wijk's published stories",
        operationId: 'getWijkStoryFeed',
        params: Type.Object({ code: Code }),
        response: { ...AtomResponse, ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      reply
        .type('application/atom+xml; charset=utf-8')
        .header('Cache-Control', 'public, max-age=300')
        .send(
          await feed(
            request,
            { wijk: request.params.code },
            'Zaanse Pas: verhalen uit de wijk',
            `/story-feeds/wijken/${request.params.code}`,
          ),
        ),
  );

  app.get(
    '/story-feeds/routes/:slug',
    {
      schema: {
        tags,
        summary: "Atom feed of one route's published stories",
        operationId: 'getRouteStoryFeed',
        params: Type.Object({ slug: Code }),
        response: { ...AtomResponse, ...problemResponses(400) },
      },
    },
    async (request, reply) =>
      reply
        .type('application/atom+xml; charset=utf-8')
        .header('Cache-Control', 'public, max-age=300')
        .send(
          await feed(
            request,
            { route: request.params.slug },
            'Zaanse Pas: verhalen over de route',
            `/story-feeds/routes/${request.params.slug}`,
          ),
        ),
  );

  app.get(
    '/story-feeds/podcast',
    {
      schema: {
        tags,
        summary: 'The ZaansePas Podcast: RSS 2.0 with the iTunes tags, for podcast apps',
        description:
          'Every published story of kind podcast with an audio file, newest first: enclosure (url, length, type), ' +
          'itunes:duration, guid, pubDate, and the channel artwork, author, category and language.',
        operationId: 'getPodcastFeed',
        response: {
          200: { description: 'RSS 2.0', content: { 'application/rss+xml': { schema: Type.String() } } },
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const { items } = await service.listPublic(request.principal, { kind: 'podcast' }, 1, 100);
      const body = podcastFeed({
        title: 'ZaansePas Podcast',
        description:
          'Gesprekken met beeldbepalers uit de Zaanstreek over meedoen in de stad: sport, cultuur, de buurt en de Zaanse Pas.',
        siteUrl: `${publicUrl}/verhalen?kind=podcast`,
        selfUrl: `${publicUrl}/api/v1/story-feeds/podcast`,
        imageUrl: `${publicUrl}/api/v1/story-feeds/podcast/artwork.png`,
        author: 'Zaanse Pas',
        category: 'Government',
        language: 'nl',
        episodes: items.flatMap(({ row, audio }) =>
          audio
            ? [
                {
                  guid: `urn:uuid:${row.id}`,
                  title: row.title,
                  description: row.lead,
                  url: `${publicUrl}/verhalen/${row.slug}`,
                  published: row.publish_at ?? row.updated_at,
                  audioUrl: `${publicUrl}${audio.url}`,
                  audioLength: audio.byteLength,
                  audioType: audio.contentType,
                  durationSeconds: audio.durationSeconds,
                },
              ]
            : [],
        ),
      });
      return reply.type('application/rss+xml; charset=utf-8').header('Cache-Control', 'public, max-age=300').send(body);
    },
  );

  app.get(
    '/story-feeds/podcast/artwork.png',
    {
      schema: {
        tags,
        summary: `The podcast's artwork: a square PNG of ${ARTWORK_SIZE} pixels`,
        operationId: 'getPodcastArtwork',
        response: {
          200: { description: 'PNG', content: { 'image/png': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(400),
        },
      },
    },
    async (_request, reply) =>
      reply
        .type('image/png')
        .header('Cache-Control', 'public, max-age=86400')
        .send((await podcastArtwork()) as unknown as string),
  );

  app.post(
    '/story-submissions',
    {
      schema: {
        tags,
        summary: "A partner's or provider's story, sent to the editors' review",
        operationId: 'submitStory',
        security,
        body: StorySubmission,
        response: { 201: Type.Object({ id: Uuid }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.submit(request.principal, request.body)),
  );

  await app.register(async (admin: App) => {
    admin.addHook('onSend', async (_request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
    });

    admin.get(
      '/admin/stories',
      {
        schema: {
          tags,
          summary: 'Every story in any status, newest change first (editors)',
          operationId: 'listAdminStories',
          security,
          querystring: Type.Object({ status: Type.Optional(StoryStatus) }, { additionalProperties: false }),
          response: { 200: Type.Object({ items: Type.Array(AdminStory) }), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => ({
        items: (await service.adminList(request.principal, request.query.status)).map(presentAdminStory),
      }),
    );

    admin.post(
      '/admin/stories',
      {
        schema: {
          tags,
          summary: 'Write a story, as a draft',
          operationId: 'createStory',
          security,
          body: StoryInput,
          response: { 201: AdminStory, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(presentAdminStory(await service.create(request.principal, request.body))),
    );

    admin.get(
      '/admin/stories/:storyId',
      {
        schema: {
          tags,
          summary: 'One story in any status (editors)',
          operationId: 'getAdminStory',
          security,
          params: StoryIdParams,
          response: { 200: AdminStory, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => presentAdminStory(await service.adminGet(request.principal, request.params.storyId)),
    );

    admin.put(
      '/admin/stories/:storyId',
      {
        schema: {
          tags,
          summary: "Replace a story's text, photo, links and translations",
          description: 'version: the version the editor opened; a story changed since is refused (409).',
          operationId: 'updateStory',
          security,
          params: StoryIdParams,
          querystring: Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
          body: StoryInput,
          response: { 200: AdminStory, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        presentAdminStory(
          await service.update(request.principal, request.params.storyId, request.query.version, request.body),
        ),
    );

    admin.post(
      '/admin/stories/:storyId/decisions',
      {
        schema: {
          tags,
          summary: 'Move a story on: submit for review, publish, schedule, send back or withdraw',
          operationId: 'decideStory',
          security,
          params: StoryIdParams,
          body: StoryDecision,
          response: { 200: AdminStory, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        presentAdminStory(await service.decide(request.principal, request.params.storyId, request.body)),
    );
  });
}
