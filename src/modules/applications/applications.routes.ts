import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { IdentityService } from '../identity/identity.service.ts';
import { loadSalesConfig } from '../sales/sales.config.ts';
import { presentApplication, presentEvidence, presentSummary } from './applications.presenter.ts';
import {
  Application,
  ApplicationAssignment,
  ApplicationDecision,
  ApplicationList,
  ApplicationListQuery,
  ApplicationMessage,
  ApplicationReviewers,
  Evidence,
  EvidenceUploadQuery,
  NewApplicantAccount,
  NewApplication,
} from './applications.schemas.ts';
import { ApplicationsService } from './applications.service.ts';
import { MAX_EVIDENCE_BYTES, UploadedFile, uploadedBytes } from './evidence.ts';

const security = [{ sessionCookie: [] }];
const ApplicationParams = Type.Object({ applicationId: Uuid });
const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream'];

export async function applicationsRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new ApplicationsService(database.db, config.publicUrl, undefined, loadSalesConfig(config).provider);
  const identity = new IdentityService(database.db, config);

  // Evidence arrives as the raw file; its real type is checked from its bytes, not from this header.
  app.addContentTypeParser(EVIDENCE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_EVIDENCE_BYTES }, (_r, body, done) =>
    done(null, new UploadedFile(body as Buffer)),
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/applicant-accounts',
    {
      schema: {
        tags: ['applications'],
        summary: 'Ask for a login link to apply for the free pass; makes an account for a new applicant',
        description: 'Always answers 202, whether or not the address was known. Rate limited like login links.',
        operationId: 'createApplicantAccount',
        body: NewApplicantAccount,
        response: { 202: Type.Object({ message: Type.String() }), ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const tenantId = request.principal.tenantId;
      await service.ensureApplicantAccount(tenantId, request.body);
      await identity.requestEmailLink(tenantId, request.body.email.trim());
      return reply.code(202).send({ message: 'A login link is on its way to this address.' });
    },
  );

  app.post(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Apply for the free pass, for yourself and your household (residents)',
        operationId: 'createApplication',
        security,
        body: NewApplication,
        response: { 201: Application, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentApplication(await service.apply(request.principal, request.body))),
  );

  app.get(
    '/me/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'My applications, newest first',
        operationId: 'listMyApplications',
        security,
        response: { 200: Type.Object({ items: Type.Array(Application) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await service.mine(request.principal)).map(presentApplication) }),
  );

  app.get(
    '/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'The review queue, oldest first (pass organisation only)',
        operationId: 'listApplications',
        security,
        querystring: Type.Composite([ApplicationListQuery, Type.Object(PagingQuery)]),
        response: { 200: ApplicationList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { assignedTo, status, ground } = request.query;
      const filter = {
        status,
        ground,
        assignedTo:
          assignedTo === 'nobody'
            ? null
            : assignedTo === 'me' && request.principal.kind === 'staff'
              ? request.principal.userId
              : assignedTo,
      };
      const { rows, page, pageSize, totalItems } = await service.list(
        request.principal,
        filter,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { items: rows.map(presentSummary), page, pageSize, totalItems });
    },
  );

  app.get(
    '/application-reviewers',
    {
      schema: {
        tags: ['applications'],
        summary: 'Who applications can be assigned to (pass organisation only)',
        operationId: 'listApplicationReviewers',
        security,
        response: { 200: ApplicationReviewers, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await service.reviewers(request.principal) }),
  );

  app.get(
    '/applications/:applicationId',
    {
      schema: {
        tags: ['applications'],
        summary: 'One application with household, evidence and history (its applicant or a reviewer)',
        operationId: 'getApplication',
        security,
        params: ApplicationParams,
        response: { 200: Application, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => presentApplication(await service.get(request.principal, request.params.applicationId)),
  );

  app.post(
    '/applications/:applicationId/evidence',
    {
      schema: {
        tags: ['applications'],
        summary: 'Add evidence: a PDF, JPEG or PNG file of at most 10 MB (the applicant, while open)',
        description: 'The body is the file itself. Its type is read from its first bytes, not from its name.',
        operationId: 'addApplicationEvidence',
        security,
        params: ApplicationParams,
        querystring: EvidenceUploadQuery,
        consumes: EVIDENCE_TYPES,
        body: Type.Unsafe<UploadedFile>({ description: 'The file itself (binary): PDF, JPEG or PNG' }),
        response: { 201: Evidence, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const row = await service.addEvidence(
        request.principal,
        request.params.applicationId,
        request.query.fileName,
        uploadedBytes(request.body),
      );
      return reply.code(201).send(presentEvidence(row));
    },
  );

  app.get(
    '/applications/:applicationId/evidence/:evidenceId',
    {
      schema: {
        tags: ['applications'],
        summary: 'Download one evidence file (the applicant or a reviewer; until it is deleted)',
        operationId: 'getApplicationEvidence',
        security,
        params: Type.Object({ applicationId: Uuid, evidenceId: Uuid }),
        response: {
          200: {
            description: 'The file',
            content: { 'application/octet-stream': { schema: Type.String({ format: 'binary' }) } },
          },
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await service.evidenceFile(
        request.principal,
        request.params.applicationId,
        request.params.evidenceId,
      );
      return reply
        .type(file.mediaType)
        .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('X-Content-Type-Options', 'nosniff')
        .send(Buffer.from(file.content) as unknown as string); // binary body; the schema documents it
    },
  );

  app.post(
    '/applications/:applicationId/answers',
    {
      schema: {
        tags: ['applications'],
        summary: "Answer the reviewer's question (the applicant)",
        operationId: 'answerApplicationQuestion',
        security,
        params: ApplicationParams,
        body: ApplicationMessage,
        response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentApplication(await service.answer(request.principal, request.params.applicationId, request.body.message)),
  );

  app.post(
    '/applications/:applicationId/withdrawal',
    {
      schema: {
        tags: ['applications'],
        summary: 'Withdraw an application that is still open (the applicant)',
        operationId: 'withdrawApplication',
        security,
        params: ApplicationParams,
        response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentApplication(await service.withdraw(request.principal, request.params.applicationId)),
  );

  app.put(
    '/applications/:applicationId/assignment',
    {
      schema: {
        tags: ['applications'],
        summary: 'Assign an open application to a reviewer, or to nobody (pass organisation)',
        operationId: 'assignApplication',
        security,
        params: ApplicationParams,
        body: ApplicationAssignment,
        response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentApplication(
        await service.assign(request.principal, request.params.applicationId, request.body.reviewerId),
      ),
  );

  app.post(
    '/applications/:applicationId/information-requests',
    {
      schema: {
        tags: ['applications'],
        summary: 'Ask the applicant for more information; they get an e-mail (pass organisation)',
        operationId: 'requestApplicationInformation',
        security,
        params: ApplicationParams,
        body: ApplicationMessage,
        response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentApplication(
        await service.requestInformation(request.principal, request.params.applicationId, request.body.message),
      ),
  );

  app.post(
    '/applications/:applicationId/decision',
    {
      schema: {
        tags: ['applications'],
        summary: 'Approve (issues the passes and sends the e-mail) or reject with a reason and how to object',
        description: 'An application that was decided or withdrawn in the meantime answers 409: nothing is changed.',
        operationId: 'decideApplication',
        security,
        params: ApplicationParams,
        body: ApplicationDecision,
        response: { 200: Application, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentApplication(await service.decide(request.principal, request.params.applicationId, request.body)),
  );
}
