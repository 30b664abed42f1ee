import type { Static } from '@sinclair/typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { inviteOrganisationStaff } from '../identity/identity.service.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { addLead } from '../recruitment/recruitment.service.ts';
import { supportGroupPolicy } from './support-group.policy.ts';
import { SupportGroupRepository } from './support-group.repository.ts';
import type { NewAction, NewMeeting, NewMember, NewTip } from './support-group.schemas.ts';
import type { RsvpAnswer } from './support-group.tables.ts';

type MemberRow = NonNullable<Awaited<ReturnType<SupportGroupRepository['memberById']>>>;
type MeetingRow = NonNullable<Awaited<ReturnType<SupportGroupRepository['meetingById']>>>;

const iso = (d: Date | string) => new Date(d).toISOString();

function presentMember(row: MemberRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    kind: row.kind,
    policyGoal: { id: row.goal_id, name: row.goal_name },
    leadCount: Number(row.lead_count ?? 0),
    createdAt: iso(row.created_at),
  };
}

/**
 * The supportgroep (docs/support-group.md): the pass organisation invites businesses, volunteer
 * initiatives and civil servants, each linked to an opgave; members pass on leads and tips, which
 * land on the recruitment board with their name as the source; the organisation invites them to
 * meetings, they answer, and the organisation keeps notes and actions.
 */
export class SupportGroupService {
  private readonly repo: SupportGroupRepository;

  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'publicUrl'>,
  ) {
    this.repo = new SupportGroupRepository(db);
  }

  async listMembers(principal: Principal) {
    supportGroupPolicy.authorize(principal, 'supportGroup.manage');
    return { items: (await this.repo.listMembers(principal.tenantId)).map(presentMember) };
  }

  /** Invites a member: an account with the supportgroep role and an e-mail with a login link. */
  async invite(principal: Principal, input: Static<typeof NewMember>) {
    supportGroupPolicy.authorize(principal, 'supportGroup.manage');
    const { tenantId } = principal;
    if (!(await this.repo.goalExists(tenantId, input.policyGoalId)))
      throw new DomainError('invalid-input', 'There is no such opgave; see invalidParams.', [
        { name: 'body.policyGoalId', code: 'unknown', reason: 'there is no such opgave' },
      ]);
    const id = await this.db.transaction().execute(async (tx) => {
      const userId = await inviteOrganisationStaff(tx, this.config, tenantId, {
        name: input.name.trim(),
        email: input.email,
        role: 'support_group',
        what: 'de supportgroep',
      });
      if (!userId)
        throw new DomainError('support-group-member-exists', 'This e-mail address is a supportgroep member already.');
      const row = await new SupportGroupRepository(tx).insertMember({
        tenantId,
        userId,
        name: input.name.trim(),
        email: input.email.trim().toLowerCase(),
        organisation: input.organisation?.trim() ?? '',
        kind: input.kind,
        policyGoalId: input.policyGoalId,
      });
      return row.id;
    });
    return presentMember((await this.repo.memberById(tenantId, id))!);
  }

  private async me(principal: Principal) {
    supportGroupPolicy.authorize(principal, 'supportGroup.participate');
    const member =
      principal.kind === 'staff' ? await this.repo.memberOfUser(principal.tenantId, principal.userId) : undefined;
    if (!member) throw new DomainError('support-group-member-not-found', 'Your account is not a supportgroep member.');
    return member;
  }

  async myMembership(principal: Principal) {
    const member = await this.me(principal);
    const leads = await this.repo.leadsOf(principal.tenantId, member.id);
    return {
      member: presentMember(member),
      leads: leads.map((l) => ({ leadId: l.lead_id, passedOnAt: iso(l.created_at) })),
    };
  }

  /** A lead or tip: onto the recruitment board, with the member's name as the source. */
  async passOn(principal: Principal, input: Static<typeof NewTip>) {
    const member = await this.me(principal);
    const leadId = await this.db.transaction().execute(async (tx) => {
      const { id } = await addLead(tx, principal.tenantId, {
        name: input.name,
        source: 'support_group',
        sourceName: `${member.name} (supportgroep)`,
        kind: input.kind,
        contactName: input.contactName,
        email: input.email,
        phone: input.phone,
        wijkCode: input.wijkCode ?? null,
        routeId: input.routeId ?? null,
        notes: input.notes,
        createdBy: actorId(principal),
        createdByName: member.name,
      });
      await new SupportGroupRepository(tx).insertLead(principal.tenantId, member.id, id);
      return id;
    });
    return { leadId };
  }

  // --- Meetings ----------------------------------------------------------------------------

  async listMeetings(principal: Principal) {
    supportGroupPolicy.authorize(principal, 'supportGroup.meetings');
    const rows = await this.repo.listMeetings(principal.tenantId);
    return { items: await this.present(principal, rows) };
  }

  async meeting(principal: Principal, id: string) {
    supportGroupPolicy.authorize(principal, 'supportGroup.meetings');
    const [item] = await this.present(principal, [await this.meetingRow(principal.tenantId, id)]);
    return item!;
  }

  private async meetingRow(tenantId: string, id: string) {
    const row = await this.repo.meetingById(tenantId, id);
    if (!row) throw new DomainError('support-group-meeting-not-found', `There is no meeting ${id}.`);
    return row;
  }

  private async present(principal: Principal, rows: MeetingRow[]) {
    const ids = rows.map((r) => r.id);
    const manager = supportGroupPolicy.can(principal, 'supportGroup.manage');
    const me =
      !manager && principal.kind === 'staff'
        ? await this.repo.memberOfUser(principal.tenantId, principal.userId)
        : undefined;
    const [rsvps, actions] = await Promise.all([
      this.repo.rsvps(principal.tenantId, ids),
      this.repo.actions(principal.tenantId, ids),
    ]);
    return rows.map((row) => {
      const answers = rsvps.filter((r) => r.meeting_id === row.id);
      const count = (answer: RsvpAnswer) => answers.filter((r) => r.answer === answer).length;
      return {
        id: row.id,
        title: row.title,
        startsAt: iso(row.starts_at),
        place: row.place,
        onlineUrl: row.online_url,
        agenda: row.agenda,
        notes: row.notes,
        answers: { yes: count('yes'), no: count('no'), maybe: count('maybe') },
        myAnswer: me ? (answers.find((r) => r.member_id === me.id)?.answer ?? null) : null,
        attendees: manager ? answers.map((r) => ({ name: r.name, answer: r.answer })) : [],
        actions: actions
          .filter((a) => a.meeting_id === row.id)
          .map((a) => ({
            id: a.id,
            description: a.description,
            ownerName: a.owner_name,
            dueOn: String(a.due_on),
            done: a.done_at !== null,
          })),
      };
    });
  }

  /** Plans a meeting and invites every member by e-mail, in one transaction. */
  async planMeeting(principal: Principal, input: Static<typeof NewMeeting>) {
    supportGroupPolicy.authorize(principal, 'supportGroup.manage');
    const place = input.place?.trim() ?? '';
    const onlineUrl = input.onlineUrl ?? null;
    if (!place && !onlineUrl)
      throw new DomainError('invalid-input', 'Give a place or an online link; see invalidParams.', [
        { name: 'body.place', code: 'required', reason: 'give a place, or an online link' },
        { name: 'body.onlineUrl', code: 'required', reason: 'give an online link, or a place' },
      ]);
    const { tenantId } = principal;
    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new SupportGroupRepository(tx);
      const { id } = await repo.insertMeeting({
        tenantId,
        title: input.title.trim(),
        startsAt: input.startsAt,
        place,
        onlineUrl,
        agenda: input.agenda?.trim() ?? '',
        createdBy: actorId(principal),
      });
      const where = [place, onlineUrl].filter(Boolean).join(' of online: ');
      for (const member of await repo.memberEmails(tenantId))
        await enqueueMessage(tx, {
          tenantId,
          to: member.email,
          subject: `Uitnodiging: ${input.title.trim()}`,
          bodyText: `Hallo ${member.name},\n\nU bent uitgenodigd voor ${input.title.trim()} op ${formatDutchDate(new Date(input.startsAt))}.\nWaar: ${where}\n\nAgenda:\n${input.agenda?.trim() || '-'}\n\nLaat u weten of u komt? Dat kan op ${this.config.publicUrl}/supportgroep.`,
        });
      return id;
    });
    return this.meeting(principal, id);
  }

  async setNotes(principal: Principal, id: string, notes: string) {
    supportGroupPolicy.authorize(principal, 'supportGroup.manage');
    if (!(await this.repo.setNotes(principal.tenantId, id, notes.trim())))
      throw new DomainError('support-group-meeting-not-found', `There is no meeting ${id}.`);
    return this.meeting(principal, id);
  }

  async addAction(principal: Principal, meetingId: string, input: Static<typeof NewAction>) {
    supportGroupPolicy.authorize(principal, 'supportGroup.manage');
    await this.meetingRow(principal.tenantId, meetingId);
    await this.repo.insertAction({
      tenantId: principal.tenantId,
      meetingId,
      description: input.description.trim(),
      ownerName: input.ownerName.trim(),
      dueOn: input.dueOn,
    });
    return this.meeting(principal, meetingId);
  }

  async setActionDone(principal: Principal, actionId: string, done: boolean) {
    supportGroupPolicy.authorize(principal, 'supportGroup.manage');
    const row = await this.repo.setActionDone(principal.tenantId, actionId, done);
    if (!row) throw new DomainError('support-group-action-not-found', `There is no action ${actionId}.`);
    return this.meeting(principal, row.meeting_id);
  }

  async rsvp(principal: Principal, meetingId: string, answer: RsvpAnswer) {
    const member = await this.me(principal);
    await this.meetingRow(principal.tenantId, meetingId);
    await this.repo.upsertRsvp(principal.tenantId, meetingId, member.id, answer);
    return this.meeting(principal, meetingId);
  }
}
