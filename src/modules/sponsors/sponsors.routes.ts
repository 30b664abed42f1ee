import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { presentPledge, presentReceiptBooking, presentYearBooking } from './sponsors.presenter.ts';
import {
  NewSponsorPledge,
  NewSponsorPledgeYear,
  NewSponsorReceipt,
  SponsorOverview,
  SponsorPledgeChange,
  SponsorPledgeYearBooking,
  SponsorRenewalDue,
  PublicSponsor,
  SponsorChange,
  SponsorPledge,
  SponsorReceiptBooking,
  WebsiteUrl,
} from './sponsors.schemas.ts';
import { SponsorsService } from './sponsors.service.ts';

const security = [{ sessionCookie: [] }];
const PledgeParams = Type.Object({ pledgeId: Uuid });
const SponsorParams = Type.Object({ sponsorId: Uuid });

export async function sponsorsRoutes(app: App) {
  const service = new SponsorsService(app.deps.database.db);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/sponsor-pledges',
    {
      schema: {
        tags: ['sponsors'],
        summary: "Record a sponsor's pledge to the actiebudget (books nothing)",
        operationId: 'createSponsorPledge',
        security,
        body: NewSponsorPledge,
        response: { 201: SponsorPledge, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentPledge(await service.pledge(request.principal, request.body))),
  );

  app.get(
    '/sponsor-pledges',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'Sponsor pledges with what was received, newest first (pass organisation only)',
        operationId: 'listSponsorPledges',
        security,
        querystring: Type.Object({ ...PagingQuery }),
        response: {
          200: Type.Object({ items: Type.Array(SponsorPledge), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { rows, page, pageSize, totalItems } = await service.listPledges(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { items: rows.map(presentPledge), page, pageSize, totalItems });
    },
  );

  app.get(
    '/sponsor-pledges/:pledgeId',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'One sponsor pledge',
        operationId: 'getSponsorPledge',
        security,
        params: PledgeParams,
        response: { 200: SponsorPledge, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentPledge(await service.getPledge(request.principal, request.params.pledgeId)),
  );

  app.patch(
    '/sponsor-pledges/:pledgeId',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'Stop (or start again) the yearly recurrence of a pledge',
        description: 'recursYearly=false stops it: the pledge is no longer due for renewal; years confirmed stay.',
        operationId: 'updateSponsorPledge',
        security,
        params: PledgeParams,
        body: SponsorPledgeChange,
        response: { 200: SponsorPledge, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentPledge(await service.changePledge(request.principal, request.params.pledgeId, request.body)),
  );

  app.post(
    '/sponsor-pledges/:pledgeId/years',
    {
      schema: {
        tags: ['sponsors'],
        summary: "Confirm (renew) one year's contribution of a yearly pledge (books nothing)",
        description:
          'Once per pledge and year: the same year again answers 200 with created=false and records nothing; ' +
          'the same year with another amount answers 409. A pledge that does not recur (or was stopped) answers 409.',
        operationId: 'confirmSponsorPledgeYear',
        security,
        params: PledgeParams,
        body: NewSponsorPledgeYear,
        response: {
          201: SponsorPledgeYearBooking,
          200: SponsorPledgeYearBooking,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await service.confirmYear(request.principal, request.params.pledgeId, request.body);
      return reply.code(result.created ? 201 : 200).send(presentYearBooking(result));
    },
  );

  app.get(
    '/sponsor-overview',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'Per sponsor: promised, received, and support earmarked for an adopted initiative apart',
        description:
          'The pass organisation sees every sponsor; a co-owner (staff of a business association) only the members of ' +
          'its own association. No contact details.',
        operationId: 'getSponsorOverview',
        security,
        response: { 200: SponsorOverview, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.overview(request.principal),
  );

  app.get(
    '/sponsor-renewals',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'Yearly pledges whose contribution for this year or next is not confirmed yet',
        operationId: 'listSponsorRenewals',
        security,
        response: {
          200: Type.Object({ items: Type.Array(SponsorRenewalDue) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => ({ items: await service.renewalsDue(request.principal) }),
  );

  app.post(
    '/sponsor-pledges/:pledgeId/receipts',
    {
      schema: {
        tags: ['sponsors'],
        summary: "Confirm a sponsor's bank transfer: books it onto the actiebudget",
        operationId: 'receiveSponsorContribution',
        security,
        description:
          'Books kind sponsor_contribution (see docs/ledger.md), once per bank reference: the same reference again answers 200 ' +
          'with created=false; the same reference with another pledge, amount or date answers 409.',
        params: PledgeParams,
        body: NewSponsorReceipt,
        response: {
          201: SponsorReceiptBooking,
          200: SponsorReceiptBooking,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await service.receive(request.principal, request.params.pledgeId, request.body);
      return reply.code(result.created ? 201 : 200).send(presentReceiptBooking(result));
    },
  );

  app.patch(
    '/sponsors/:sponsorId',
    {
      schema: {
        tags: ['sponsors'],
        summary: "Change a sponsor's website (null removes it)",
        operationId: 'updateSponsor',
        security,
        params: SponsorParams,
        body: SponsorChange,
        response: {
          200: Type.Object({ id: Uuid, websiteUrl: Type.Union([WebsiteUrl, Type.Null()]) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => service.changeSponsor(request.principal, request.params.sponsorId, request.body),
  );

  app.get(
    '/sponsor-publicity',
    {
      schema: {
        tags: ['sponsors'],
        summary: 'Sponsors named on the public pages: name, logo and link',
        description:
          'Only sponsors with a pledge that agreed to publicity and money received on it (not reversed). ' +
          'Contact details and amounts are never in this list.',
        operationId: 'listPublicSponsors',
        response: { 200: Type.Object({ items: Type.Array(PublicSponsor) }) },
      },
    },
    async (request) => ({ items: await service.publicSponsors(request.principal) }),
  );
}
