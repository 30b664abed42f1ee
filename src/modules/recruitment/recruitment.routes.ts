import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { DomainError } from '../../shared/errors.ts';
import { CampaignsService } from './campaigns.service.ts';
import { PromotionService } from './promotion.service.ts';
import {
  presentCampaign,
  presentLead,
  presentLeadEvent,
  presentLeadMap,
  presentNote,
  presentStilleKracht,
} from './recruitment.presenter.ts';
import {
  BoardContext,
  Campaign,
  CampaignInput,
  CampaignsQuery,
  GapMatrix,
  Lead,
  LeadEvent,
  LeadImportQuery,
  LeadImportResult,
  LeadMapCollection,
  LeadsQuery,
  LeadUpdate,
  NewLead,
  NewRelationshipNote,
  OfferParams,
  PosterQuery,
  ProviderParams,
  RelationshipNote,
  RouteParams,
  SocialCredit,
  StageChange,
  StilleKracht,
  WijkAssignment,
  WijkAssignmentBody,
  WijkCode,
  WijkParams,
} from './recruitment.schemas.ts';
import { RecruitmentService } from './recruitment.service.ts';
import { RelationshipsService } from './relationships.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['recruitment'];
const LeadParams = Type.Object({ leadId: Uuid });
const CampaignParams = Type.Object({ campaignId: Uuid });
const UserParams = Type.Object({ userId: Uuid });
const CSV_TYPES = ['text/csv', 'application/vnd.ms-excel'];
const CSV_LIMIT = 5 * 1024 * 1024;
const Pdf = { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } };

export async function recruitmentRoutes(app: App) {
  const db = app.deps.database.db;
  const service = new RecruitmentService(db);
  const campaigns = new CampaignsService(db);
  const promotion = new PromotionService(db, app.deps.config.publicUrl);
  const relationships = new RelationshipsService(db);
  // The lead list arrives as raw bytes: it may be Windows-1252, which only the parser can decode.
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: CSV_LIMIT }, (_r, body, done) =>
    done(null, body),
  );
  app.addHook('onSend', async (request, reply) => {
    if (!(request.method === 'GET' && /^\/api\/v1\/social-credits(\?|$)/.test(request.url)))
      reply.header('Cache-Control', 'private, no-store');
  });
  app.get(
    '/recruitment-board',
    {
      schema: {
        tags,
        summary:
          'What the recruitment board offers to choose from: routes, wijken, owners, and a wijkmanager’s own wijken',
        operationId: 'getRecruitmentBoard',
        security,
        response: { 200: BoardContext, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.context(request.principal),
  );

  app.get(
    '/recruitment-leads',
    {
      schema: {
        tags,
        summary: 'Leads to win as providers, next step first (a wijkmanager sees their own wijken)',
        operationId: 'listRecruitmentLeads',
        security,
        querystring: LeadsQuery,
        response: { 200: Type.Object({ items: Type.Array(Lead) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: (await service.list(request.principal, request.query)).map(presentLead) }),
  );

  app.post(
    '/recruitment-leads',
    {
      schema: {
        tags,
        summary: 'Add a lead (the pass organisation; a wijkmanager for their own wijk only)',
        operationId: 'createRecruitmentLead',
        security,
        body: NewLead,
        response: { 201: Lead, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(presentLead(await service.create(request.principal, request.body))),
  );

  app.get(
    '/recruitment-leads/:leadId',
    {
      schema: {
        tags,
        summary: 'One lead',
        operationId: 'getRecruitmentLead',
        security,
        params: LeadParams,
        response: { 200: Lead, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentLead(await service.get(request.principal, request.params.leadId)),
  );

  app.put(
    '/recruitment-leads/:leadId',
    {
      schema: {
        tags,
        summary: 'Change a lead’s details (with the version you looked at)',
        operationId: 'updateRecruitmentLead',
        security,
        params: LeadParams,
        body: LeadUpdate,
        response: { 200: Lead, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentLead(await service.update(request.principal, request.params.leadId, request.body)),
  );

  app.post(
    '/recruitment-leads/:leadId/stage-changes',
    {
      schema: {
        tags,
        summary: 'Move a lead to another stage; to joined, it becomes a provider sign-up',
        description:
          'Send the version you looked at: when someone else moved the lead since, 409 recruitment-lead-version-conflict. ' +
          'To joined, signUp (contact, IBAN, terms) is required and the sign-up appears at /provider-applications.',
        operationId: 'changeRecruitmentLeadStage',
        security,
        params: LeadParams,
        body: StageChange,
        response: { 200: Lead, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentLead(await service.changeStage(request.principal, request.params.leadId, request.body)),
  );

  app.get(
    '/recruitment-leads/:leadId/events',
    {
      schema: {
        tags,
        summary: 'Who moved the lead, when, from which stage to which',
        operationId: 'listRecruitmentLeadEvents',
        security,
        params: LeadParams,
        response: { 200: Type.Object({ items: Type.Array(LeadEvent) }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: (await service.events(request.principal, request.params.leadId)).map(presentLeadEvent),
    }),
  );

  app.post(
    '/recruitment-lead-imports',
    {
      schema: {
        tags,
        summary: 'Import leads from a CSV file: a dry run, or all rows at once',
        description:
          'Body: CSV (semicolons or commas, UTF-8 with or without BOM, or Windows-1252) with a header row: naam (required), ' +
          'soort, contactpersoon, e-mail, telefoon, adres, postcode, plaats, kvk, route (name or slug), wijk (name or CBS code), ' +
          'fase, volgende stap (dd-mm-jjjj), notities, bron. A dry run answers with every problem; a real run with problems ' +
          'answers 400 and imports nothing.',
        operationId: 'importRecruitmentLeads',
        security,
        querystring: LeadImportQuery,
        consumes: CSV_TYPES,
        body: Type.Unsafe<Buffer>({ description: 'The CSV file (bytes: UTF-8 or Windows-1252)' }),
        response: { 200: LeadImportResult, 201: LeadImportResult, ...problemResponses(400, 401, 403, 413) },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body))
        throw new DomainError('invalid-input', 'Send the CSV file as text/csv.', [
          { name: 'body', code: 'invalid-csv', reason: 'send the CSV file as text/csv' },
        ]);
      const dryRun = request.query.dryRun ?? false;
      const result = await service.importCsv(request.principal, request.body, dryRun);
      return reply.code(dryRun ? 200 : 201).send(result);
    },
  );

  app.get(
    '/recruitment-lead-map',
    {
      schema: {
        tags,
        summary: 'Leads with a position as GeoJSON points in WGS84, for the wijk map',
        operationId: 'getRecruitmentLeadMap',
        security,
        querystring: Type.Object({ wijkCode: Type.Optional(WijkCode) }, { additionalProperties: false }),
        response: { 200: LeadMapCollection, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => presentLeadMap(await service.map(request.principal, request.query.wijkCode)),
  );

  app.get(
    '/wijkmanager-wijken',
    {
      schema: {
        tags,
        summary: 'The wijkmanagers and the wijken each looks after',
        operationId: 'listWijkmanagerWijken',
        security,
        response: { 200: Type.Object({ items: Type.Array(WijkAssignment) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await service.assignments(request.principal) }),
  );

  app.put(
    '/wijkmanager-wijken/:userId',
    {
      schema: {
        tags,
        summary: 'Set the wijken a wijkmanager looks after',
        operationId: 'setWijkmanagerWijken',
        security,
        params: UserParams,
        body: WijkAssignmentBody,
        response: { 200: WijkAssignment, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.assign(request.principal, request.params.userId, request.body),
  );

  app.get(
    '/recruitment-gap-matrix',
    {
      schema: {
        tags,
        summary: 'Route × wijk: published offers valid today per cell; a cell without offers is a gap',
        operationId: 'getRecruitmentGapMatrix',
        security,
        response: { 200: GapMatrix, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.gapMatrix(request.principal),
  );

  app.get(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'The campaign calendar of a year, with each campaign’s goals and results',
        operationId: 'listCampaigns',
        security,
        querystring: CampaignsQuery,
        response: {
          200: Type.Object({ year: Type.Integer(), items: Type.Array(Campaign) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { year, items } = await campaigns.list(request.principal, request.query.year);
      return { year, items: items.map(presentCampaign) };
    },
  );

  app.post(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'Plan a campaign',
        operationId: 'createCampaign',
        security,
        body: CampaignInput,
        response: { 201: Campaign, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentCampaign(await campaigns.create(request.principal, request.body))),
  );

  app.get(
    '/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: 'One campaign with its results',
        operationId: 'getCampaign',
        security,
        params: CampaignParams,
        response: { 200: Campaign, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentCampaign(await campaigns.get(request.principal, request.params.campaignId)),
  );

  app.put(
    '/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: 'Change a campaign',
        operationId: 'updateCampaign',
        security,
        params: CampaignParams,
        body: CampaignInput,
        response: { 200: Campaign, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentCampaign(await campaigns.update(request.principal, request.params.campaignId, request.body)),
  );

  app.delete(
    '/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: 'Remove a campaign from the calendar',
        operationId: 'deleteCampaign',
        security,
        params: CampaignParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await campaigns.remove(request.principal, request.params.campaignId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/promotion-materials/routes/:routeId/poster.pdf',
    {
      schema: {
        tags,
        summary: 'A poster (A3) or flyer (A5) of a route: its live offers and a QR code to its page',
        operationId: 'getRoutePoster',
        security,
        params: RouteParams,
        querystring: PosterQuery,
        response: { 200: Pdf, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await promotion.routePoster(request.principal, request.params.routeId, request.query.size ?? 'A3');
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .send(file.pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );

  app.get(
    '/promotion-materials/wijken/:wijkCode/poster.pdf',
    {
      schema: {
        tags,
        summary: 'A poster (A3) or flyer (A5) of a wijk: its live offers and a QR code to its page',
        operationId: 'getWijkPoster',
        security,
        params: WijkParams,
        querystring: PosterQuery,
        response: { 200: Pdf, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await promotion.wijkPoster(request.principal, request.params.wijkCode, request.query.size ?? 'A3');
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .send(file.pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );

  app.get(
    '/promotion-materials/providers/:providerId/window-sticker.pdf',
    {
      schema: {
        tags,
        summary:
          'A window sticker "Zaanse Pas welkom" for a provider (the pass organisation, or the provider’s admins)',
        operationId: 'getWindowSticker',
        security,
        params: ProviderParams,
        response: { 200: Pdf, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await promotion.windowSticker(request.principal, request.params.providerId);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .send(file.pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );

  app.get(
    '/promotion-materials/offers/:offerId/offer-card.pdf',
    {
      schema: {
        tags,
        summary: 'An offer card for the counter (A6) of a live offer',
        operationId: 'getOfferCard',
        security,
        params: OfferParams,
        response: { 200: Pdf, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await promotion.offerCard(request.principal, request.params.offerId);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .send(file.pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );

  app.get(
    '/stille-krachten',
    {
      schema: {
        tags,
        summary: 'The Stille Krachten with their live offers and the last contact',
        operationId: 'listStilleKrachten',
        security,
        response: { 200: Type.Object({ items: Type.Array(StilleKracht) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await relationships.stilleKrachten(request.principal)).map(presentStilleKracht) }),
  );

  app.get(
    '/providers/:providerId/relationship-notes',
    {
      schema: {
        tags,
        summary: 'Relationship management: contacts, agreements and history with a provider',
        operationId: 'listRelationshipNotes',
        security,
        params: ProviderParams,
        response: {
          200: Type.Object({ items: Type.Array(RelationshipNote) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: (await relationships.notes(request.principal, request.params.providerId)).map(presentNote),
    }),
  );

  app.post(
    '/providers/:providerId/relationship-notes',
    {
      schema: {
        tags,
        summary: 'Note a contact, an agreement or a moment in the history with a provider',
        operationId: 'addRelationshipNote',
        security,
        params: ProviderParams,
        body: NewRelationshipNote,
        response: {
          201: Type.Object({ items: Type.Array(RelationshipNote) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        items: (await relationships.addNote(request.principal, request.params.providerId, request.body)).map(
          presentNote,
        ),
      }),
  );

  app.get(
    '/social-credits',
    {
      schema: {
        tags,
        summary: 'Providers with the social-credit mark: free or reduced offers, or sponsorship (never who used them)',
        operationId: 'listSocialCredits',
        response: { 200: Type.Object({ items: Type.Array(SocialCredit) }) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=300');
      return { items: await relationships.socialCredits(request.principal) };
    },
  );
}
