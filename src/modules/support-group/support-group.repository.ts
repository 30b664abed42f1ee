import type { Db } from '../../db/database.ts';
import './support-group.tables.ts';
import type { MemberKind, RsvpAnswer } from './support-group.tables.ts';

/** Queries of the supportgroep. Every query filters by tenant. */
export class SupportGroupRepository {
  constructor(private readonly db: Db) {}

  private members(tenantId: string) {
    return this.db
      .selectFrom('support_group_members as m')
      .innerJoin('policy_goals as g', (join) =>
        join.onRef('g.tenant_id', '=', 'm.tenant_id').onRef('g.id', '=', 'm.policy_goal_id'),
      )
      .select((eb) => [
        'm.id',
        'm.user_id',
        'm.name',
        'm.email',
        'm.organisation',
        'm.kind',
        'm.created_at',
        'g.id as goal_id',
        'g.name as goal_name',
        eb
          .selectFrom('support_group_leads as l')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('l.tenant_id', '=', 'm.tenant_id')
          .whereRef('l.member_id', '=', 'm.id')
          .as('lead_count'),
      ])
      .where('m.tenant_id', '=', tenantId);
  }

  listMembers(tenantId: string) {
    return this.members(tenantId).orderBy('m.name').orderBy('m.id').execute();
  }

  memberById(tenantId: string, id: string) {
    return this.members(tenantId).where('m.id', '=', id).executeTakeFirst();
  }

  memberOfUser(tenantId: string, userId: string) {
    return this.members(tenantId).where('m.user_id', '=', userId).executeTakeFirst();
  }

  goalExists(tenantId: string, id: string) {
    return this.db
      .selectFrom('policy_goals')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insertMember(values: {
    tenantId: string;
    userId: string;
    name: string;
    email: string;
    organisation: string;
    kind: MemberKind;
    policyGoalId: string;
  }) {
    return this.db
      .insertInto('support_group_members')
      .values({
        tenant_id: values.tenantId,
        user_id: values.userId,
        name: values.name,
        email: values.email,
        organisation: values.organisation,
        kind: values.kind,
        policy_goal_id: values.policyGoalId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  insertLead(tenantId: string, memberId: string, leadId: string) {
    return this.db
      .insertInto('support_group_leads')
      .values({ tenant_id: tenantId, member_id: memberId, lead_id: leadId })
      .execute();
  }

  leadsOf(tenantId: string, memberId: string) {
    return this.db
      .selectFrom('support_group_leads')
      .select(['lead_id', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('member_id', '=', memberId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  memberEmails(tenantId: string) {
    return this.db
      .selectFrom('support_group_members')
      .select(['name', 'email'])
      .where('tenant_id', '=', tenantId)
      .execute();
  }

  insertMeeting(values: {
    tenantId: string;
    title: string;
    startsAt: string;
    place: string;
    onlineUrl: string | null;
    agenda: string;
    createdBy: string;
  }) {
    return this.db
      .insertInto('support_group_meetings')
      .values({
        tenant_id: values.tenantId,
        title: values.title,
        starts_at: values.startsAt,
        place: values.place,
        online_url: values.onlineUrl,
        agenda: values.agenda,
        created_by: values.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  listMeetings(tenantId: string) {
    return this.db
      .selectFrom('support_group_meetings')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('starts_at', 'desc')
      .orderBy('id')
      .limit(200)
      .execute();
  }

  meetingById(tenantId: string, id: string) {
    return this.db
      .selectFrom('support_group_meetings')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async setNotes(tenantId: string, id: string, notes: string) {
    const row = await this.db
      .updateTable('support_group_meetings')
      .set({ notes })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  rsvps(tenantId: string, meetingIds: string[]) {
    if (meetingIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('support_group_rsvps as r')
      .innerJoin('support_group_members as m', (join) =>
        join.onRef('m.tenant_id', '=', 'r.tenant_id').onRef('m.id', '=', 'r.member_id'),
      )
      .select(['r.meeting_id', 'r.member_id', 'r.answer', 'm.name'])
      .where('r.tenant_id', '=', tenantId)
      .where('r.meeting_id', 'in', meetingIds)
      .orderBy('m.name')
      .execute();
  }

  upsertRsvp(tenantId: string, meetingId: string, memberId: string, answer: RsvpAnswer) {
    return this.db
      .insertInto('support_group_rsvps')
      .values({ tenant_id: tenantId, meeting_id: meetingId, member_id: memberId, answer })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'meeting_id', 'member_id']).doUpdateSet({ answer, answered_at: new Date() }),
      )
      .execute();
  }

  actions(tenantId: string, meetingIds: string[]) {
    if (meetingIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('support_group_actions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('meeting_id', 'in', meetingIds)
      .orderBy('due_on')
      .orderBy('id')
      .execute();
  }

  insertAction(values: { tenantId: string; meetingId: string; description: string; ownerName: string; dueOn: string }) {
    return this.db
      .insertInto('support_group_actions')
      .values({
        tenant_id: values.tenantId,
        meeting_id: values.meetingId,
        description: values.description,
        owner_name: values.ownerName,
        due_on: values.dueOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  setActionDone(tenantId: string, id: string, done: boolean) {
    return this.db
      .updateTable('support_group_actions')
      .set({ done_at: done ? new Date() : null })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning('meeting_id')
      .executeTakeFirst();
  }
}
