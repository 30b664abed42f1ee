import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import {
  ActionDone,
  ActionParams,
  Meeting,
  MeetingList,
  MeetingNotes,
  MeetingParams,
  Member,
  MemberList,
  MyMembership,
  NewAction,
  NewMeeting,
  NewMember,
  NewTip,
  Rsvp,
  TipCreated,
} from './support-group.schemas.ts';
import { SupportGroupService } from './support-group.service.ts';

const tags = ['supportgroep'];
const security = [{ sessionCookie: [] }];

export async function supportGroupRoutes(app: App) {
  const service = new SupportGroupService(app.deps.database.db, app.deps.config);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/support-group-members',
    {
      schema: {
        tags,
        summary: 'The members of the supportgroep (pass organisation)',
        operationId: 'listSupportGroupMembers',
        security,
        response: { 200: MemberList, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listMembers(request.principal),
  );

  app.post(
    '/support-group-members',
    {
      schema: {
        tags,
        summary: 'Invite a member: an account with the supportgroep role, linked to an opgave; a login link by e-mail',
        operationId: 'inviteSupportGroupMember',
        security,
        body: NewMember,
        response: { 201: Member, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.invite(request.principal, request.body)),
  );

  app.get(
    '/me/support-group-membership',
    {
      schema: {
        tags,
        summary: 'My membership of the supportgroep and the leads I passed on',
        operationId: 'getMySupportGroupMembership',
        security,
        response: { 200: MyMembership, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.myMembership(request.principal),
  );

  app.post(
    '/support-group-leads',
    {
      schema: {
        tags,
        summary: 'Pass on a lead or tip: it lands on the recruitment board with my name as the source (members)',
        operationId: 'passOnSupportGroupLead',
        security,
        body: NewTip,
        response: { 201: TipCreated, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.passOn(request.principal, request.body)),
  );

  app.get(
    '/support-group-meetings',
    {
      schema: {
        tags,
        summary: 'Meetings of the pass community, newest first (organisation and members)',
        operationId: 'listSupportGroupMeetings',
        security,
        response: { 200: MeetingList, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listMeetings(request.principal),
  );

  app.post(
    '/support-group-meetings',
    {
      schema: {
        tags,
        summary: 'Plan a meeting (date, place or online link, agenda); every member gets an invitation',
        operationId: 'planSupportGroupMeeting',
        security,
        body: NewMeeting,
        response: { 201: Meeting, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.planMeeting(request.principal, request.body)),
  );

  app.get(
    '/support-group-meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'One meeting with its agenda, answers, notes and actions',
        operationId: 'getSupportGroupMeeting',
        security,
        params: MeetingParams,
        response: { 200: Meeting, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.meeting(request.principal, request.params.meetingId),
  );

  app.put(
    '/support-group-meetings/:meetingId/notes',
    {
      schema: {
        tags,
        summary: 'Keep the notes of a meeting (pass organisation)',
        operationId: 'setSupportGroupMeetingNotes',
        security,
        params: MeetingParams,
        body: MeetingNotes,
        response: { 200: Meeting, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.setNotes(request.principal, request.params.meetingId, request.body.notes),
  );

  app.put(
    '/support-group-meetings/:meetingId/rsvp',
    {
      schema: {
        tags,
        summary: 'Answer an invitation: yes, no or maybe (members)',
        operationId: 'answerSupportGroupMeeting',
        security,
        params: MeetingParams,
        body: Rsvp,
        response: { 200: Meeting, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.rsvp(request.principal, request.params.meetingId, request.body.answer),
  );

  app.post(
    '/support-group-meetings/:meetingId/actions',
    {
      schema: {
        tags,
        summary: 'Add an action of a meeting, with an owner and a due date (pass organisation)',
        operationId: 'addSupportGroupAction',
        security,
        params: MeetingParams,
        body: NewAction,
        response: { 201: Meeting, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.addAction(request.principal, request.params.meetingId, request.body)),
  );

  app.put(
    '/support-group-actions/:actionId/done',
    {
      schema: {
        tags,
        summary: 'Mark an action done, or not done (pass organisation)',
        operationId: 'setSupportGroupActionDone',
        security,
        params: ActionParams,
        body: ActionDone,
        response: { 200: Meeting, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.setActionDone(request.principal, request.params.actionId, request.body.done),
  );
}
