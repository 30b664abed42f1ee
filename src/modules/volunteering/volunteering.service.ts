import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, isOrgAdmin, isPartnerStaff, isResident, type Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { fit, isSuggested } from './matching.ts';
import {
  presentHelpRequest,
  presentInfoPage,
  presentInfoSummary,
  presentMatch,
  presentOwnHelpRequest,
  presentProfile,
  presentSuggestedVolunteer,
  presentVacancy,
  type MatchRow,
} from './volunteering.presenter.ts';
import { volunteeringPolicy } from './volunteering.policy.ts';
import { VolunteeringRepository } from './volunteering.repository.ts';
import type {
  Moderation,
  NewHelpRequest,
  NewInfoPage,
  NewMatch,
  NewVacancy,
  VacancyQuery,
  VolunteerProfileInput,
} from './volunteering.schemas.ts';
import type { MatchSide } from './volunteering.tables.ts';

/**
 * The volunteers' information platform: pages the pass organisation writes, vacancies of
 * partners, help requests of residents (shown only after moderation, never with their author),
 * volunteer profiles, and matches suggested both ways by wijk, interest and time. Contact goes
 * through the platform's messages until both sides agree to share their details.
 */

const invalid = (problems: InvalidParam[]) => {
  if (problems.length > 0)
    throw new DomainError('invalid-input', 'Not everything is filled in well; see invalidParams.', problems);
};
const cleanTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
const userOf = (p: Principal) => (p.kind === 'resident' || p.kind === 'staff' ? p.userId : null);

export class VolunteeringService {
  private readonly repo: VolunteeringRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {
    this.repo = new VolunteeringRepository(db);
  }

  private async unknownWijken(tenantId: string, codes: string[], field: (i: number) => string) {
    const known = await this.repo.wijkNames(tenantId, codes);
    return codes.flatMap((c, i) =>
      known.has(c) ? [] : [{ name: field(i), code: 'unknown-wijk', reason: `there is no wijk ${c}` }],
    );
  }

  /** The approved partner a staff member works for; refused otherwise. */
  async partnerOf(principal: Principal) {
    const userId = userOf(principal);
    const partner = userId ? await this.repo.partnerOfUser(principal.tenantId, userId) : undefined;
    if (!partner || partner.status !== 'approved')
      throw new DomainError('volunteer-partner-missing', 'Your account does not belong to an approved partner.');
    return partner;
  }

  // ── information pages ──

  async infoPages(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'volunteerInfo.read');
    const rows = await this.repo.infoPages(principal.tenantId, isOrgAdmin(principal));
    return { items: rows.map(presentInfoSummary) };
  }

  async infoPage(principal: Principal, slug: string) {
    volunteeringPolicy.authorize(principal, 'volunteerInfo.read');
    const page = await this.repo.infoPage(principal.tenantId, { slug });
    if (!page || (!page.published && !isOrgAdmin(principal)))
      throw new DomainError('volunteer-info-page-not-found', `There is no page ${slug}.`);
    return presentInfoPage(page);
  }

  async saveInfoPage(principal: Principal, id: string | null, input: Static<typeof NewInfoPage>) {
    volunteeringPolicy.authorize(principal, 'volunteerInfo.manage');
    const values = {
      slug: input.slug,
      topic: input.topic,
      title: input.title.trim(),
      summary: input.summary?.trim() ?? '',
      bodyMarkdown: input.bodyMarkdown,
      sortOrder: input.sortOrder ?? 0,
      published: input.published ?? true,
      updatedBy: actorId(principal),
    };
    const tenantId = principal.tenantId;
    if (id === null) {
      const row = await this.repo.insertInfoPage(tenantId, values);
      if (!row) throw new DomainError('volunteer-info-page-exists', `A page ${input.slug} exists already.`);
      return presentInfoPage(row);
    }
    const other = await this.repo.infoPage(tenantId, { slug: input.slug });
    if (other && other.id !== id)
      throw new DomainError('volunteer-info-page-exists', `A page ${input.slug} exists already.`);
    const row = await this.repo.updateInfoPage(tenantId, id, values);
    if (!row) throw new DomainError('volunteer-info-page-not-found', `There is no page ${id}.`);
    return presentInfoPage(row);
  }

  // ── vacancies ──

  async vacancies(principal: Principal, query: Static<typeof VacancyQuery>) {
    volunteeringPolicy.authorize(principal, 'vacancies.read');
    const rows = await this.repo.openVacancies(principal.tenantId, this.today(), query);
    const wijken = await this.repo.wijkNames(
      principal.tenantId,
      rows.map((r) => r.wijk_code),
    );
    return { items: rows.map((r) => presentVacancy(r, wijken)) };
  }

  async myVacancies(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'vacancies.post');
    const partner = await this.partnerOf(principal);
    const rows = await this.repo.partnerVacancies(principal.tenantId, partner.id);
    const wijken = await this.repo.wijkNames(
      principal.tenantId,
      rows.map((r) => r.wijk_code),
    );
    return { items: rows.map((r) => presentVacancy(r, wijken)) };
  }

  async postVacancy(principal: Principal, input: Static<typeof NewVacancy>) {
    volunteeringPolicy.authorize(principal, 'vacancies.post');
    const partner = await this.partnerOf(principal);
    const tenantId = principal.tenantId;
    const problems = await this.unknownWijken(tenantId, [input.wijkCode], () => 'body.wijkCode');
    if (input.endsOn && input.endsOn < this.today())
      problems.push({ name: 'body.endsOn', code: 'in-the-past', reason: 'the end date has passed' });
    invalid(problems);
    const { id } = await this.repo.insertVacancy(tenantId, {
      partnerId: partner.id,
      title: input.title.trim(),
      description: input.description.trim(),
      wijkCode: input.wijkCode,
      interests: cleanTags(input.interests),
      times: input.times,
      audiences: input.audiences ?? [],
      hoursPerWeek: input.hoursPerWeek ?? null,
      endsOn: input.endsOn ?? null,
    });
    const row = (await this.repo.vacancy(tenantId, id))!;
    return presentVacancy(row, await this.repo.wijkNames(tenantId, [row.wijk_code]));
  }

  private async ownVacancy(principal: Principal, vacancyId: string) {
    const partner = await this.partnerOf(principal);
    const vacancy = await this.repo.vacancy(principal.tenantId, vacancyId);
    if (!vacancy || vacancy.partner_id !== partner.id)
      throw new DomainError('volunteer-vacancy-not-found', `There is no vacancy ${vacancyId} of yours.`);
    return vacancy;
  }

  async closeVacancy(principal: Principal, vacancyId: string) {
    volunteeringPolicy.authorize(principal, 'vacancies.post');
    await this.ownVacancy(principal, vacancyId);
    await this.repo.closeVacancy(principal.tenantId, vacancyId);
  }

  /** Volunteers who fit a vacancy, best first: for its partner. */
  async vacancySuggestions(principal: Principal, vacancyId: string) {
    volunteeringPolicy.authorize(principal, 'vacancies.post');
    const v = await this.ownVacancy(principal, vacancyId);
    return this.suggestVolunteers(principal.tenantId, {
      wijkCodes: [v.wijk_code],
      interests: v.interests,
      times: v.times,
    });
  }

  private async suggestVolunteers(
    tenantId: string,
    asked: { wijkCodes: string[]; interests: string[]; times: Static<typeof NewVacancy>['times'] },
    exceptUserId?: string,
  ) {
    const profiles = (await this.repo.activeProfiles(tenantId)).filter((p) => p.user_id !== exceptUserId);
    const scored = profiles
      .map((p) => ({ p, f: fit({ wijkCodes: p.wijk_codes, interests: p.interests, times: p.times }, asked) }))
      .filter((x) => isSuggested(x.f))
      .sort((a, b) => b.f.score - a.f.score || a.p.display_name.localeCompare(b.p.display_name))
      .slice(0, 20);
    const wijken = await this.repo.wijkNames(
      tenantId,
      scored.flatMap((x) => x.p.wijk_codes),
    );
    return { items: scored.map((x) => presentSuggestedVolunteer(x.p, x.f, wijken)) };
  }

  // ── help requests ──

  async helpRequests(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'helpRequests.read');
    const rows = await this.repo.publishedHelpRequests(principal.tenantId);
    const wijken = await this.repo.wijkNames(
      principal.tenantId,
      rows.map((r) => r.wijk_code),
    );
    return { items: rows.map((r) => presentHelpRequest(r, wijken)) };
  }

  async myHelpRequests(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'helpRequests.post');
    const rows = await this.repo.helpRequestsOf(principal.tenantId, userOf(principal)!);
    const wijken = await this.repo.wijkNames(
      principal.tenantId,
      rows.map((r) => r.wijk_code),
    );
    return { items: rows.map((r) => presentOwnHelpRequest(r, wijken)) };
  }

  async postHelpRequest(principal: Principal, input: Static<typeof NewHelpRequest>) {
    volunteeringPolicy.authorize(principal, 'helpRequests.post');
    const tenantId = principal.tenantId;
    invalid(await this.unknownWijken(tenantId, [input.wijkCode], () => 'body.wijkCode'));
    const row = await this.repo.insertHelpRequest(tenantId, {
      authorUserId: userOf(principal)!,
      title: input.title.trim(),
      description: input.description.trim(),
      wijkCode: input.wijkCode,
      interest: input.interest.trim().toLowerCase(),
      times: input.times,
    });
    return presentOwnHelpRequest(row, await this.repo.wijkNames(tenantId, [row.wijk_code]));
  }

  /** The moderation queue: what residents asked, without who asked it. */
  async moderationQueue(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'helpRequests.moderate');
    const rows = await this.repo.pendingHelpRequests(principal.tenantId);
    const wijken = await this.repo.wijkNames(
      principal.tenantId,
      rows.map((r) => r.wijk_code),
    );
    return { items: rows.map((r) => presentOwnHelpRequest(r, wijken)) };
  }

  async moderate(principal: Principal, id: string, input: Static<typeof Moderation>) {
    volunteeringPolicy.authorize(principal, 'helpRequests.moderate');
    const tenantId = principal.tenantId;
    if (!input.approve && !input.reason?.trim())
      invalid([{ name: 'body.reason', code: 'required', reason: 'say why the request is not shown' }]);
    const row = await this.repo.moderateHelpRequest(tenantId, id, {
      status: input.approve ? 'published' : 'rejected',
      reason: input.reason?.trim() || null,
      by: actorId(principal),
    });
    if (!row) {
      const exists = await this.repo.helpRequest(tenantId, id);
      if (!exists) throw new DomainError('help-request-not-found', `There is no help request ${id}.`);
      throw new DomainError('help-request-not-pending', 'This help request was moderated already.');
    }
    return presentOwnHelpRequest(row, await this.repo.wijkNames(tenantId, [row.wijk_code]));
  }

  async closeHelpRequest(principal: Principal, id: string) {
    volunteeringPolicy.authorize(principal, 'helpRequests.post');
    const h = await this.repo.helpRequest(principal.tenantId, id);
    if (!h || h.author_user_id !== userOf(principal))
      throw new DomainError('help-request-not-found', `There is no help request ${id} of yours.`);
    await this.repo.closeHelpRequest(principal.tenantId, id);
  }

  /** Volunteers who fit the author's own published help request. */
  async helpRequestSuggestions(principal: Principal, id: string) {
    volunteeringPolicy.authorize(principal, 'helpRequests.post');
    const h = await this.repo.helpRequest(principal.tenantId, id);
    if (!h || h.author_user_id !== userOf(principal))
      throw new DomainError('help-request-not-found', `There is no help request ${id} of yours.`);
    if (h.status !== 'published') throw new DomainError('help-request-not-published', 'This request is not shown yet.');
    return this.suggestVolunteers(
      principal.tenantId,
      { wijkCodes: [h.wijk_code], interests: [h.interest], times: h.times },
      h.author_user_id,
    );
  }

  // ── volunteer profile ──

  async myProfile(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'volunteerProfile.own');
    const p = await this.repo.profileOfUser(principal.tenantId, userOf(principal)!);
    if (!p) return { profile: null };
    return { profile: presentProfile(p, await this.repo.wijkNames(principal.tenantId, p.wijk_codes)) };
  }

  async saveProfile(principal: Principal, input: Static<typeof VolunteerProfileInput>) {
    volunteeringPolicy.authorize(principal, 'volunteerProfile.own');
    const tenantId = principal.tenantId;
    invalid(await this.unknownWijken(tenantId, input.wijkCodes, (i) => `body.wijkCodes.${i}`));
    const p = await this.repo.upsertProfile(tenantId, userOf(principal)!, {
      displayName: input.displayName.trim(),
      about: input.about?.trim() ?? '',
      interests: cleanTags(input.interests),
      wijkCodes: input.wijkCodes,
      times: input.times,
      skills: [...new Set((input.skills ?? []).map((s) => s.trim()).filter((s) => s.length > 0))],
      active: input.active ?? true,
    });
    return { profile: presentProfile(p, await this.repo.wijkNames(tenantId, p.wijk_codes)) };
  }

  /** Vacancies and help requests that fit the volunteer, best first. */
  async mySuggestions(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'volunteerProfile.own');
    const tenantId = principal.tenantId;
    const userId = userOf(principal)!;
    const p = await this.repo.profileOfUser(tenantId, userId);
    if (!p) throw new DomainError('volunteer-profile-missing', 'Make your volunteer profile first.');
    const me = { wijkCodes: p.wijk_codes, interests: p.interests, times: p.times };
    const vacancies = (await this.repo.openVacancies(tenantId, this.today()))
      .map((v) => ({ v, f: fit(me, { wijkCodes: [v.wijk_code], interests: v.interests, times: v.times }) }))
      .filter((x) => isSuggested(x.f))
      .sort((a, b) => b.f.score - a.f.score)
      .slice(0, 20);
    const requests = (await this.repo.publishedHelpRequests(tenantId))
      .map((h) => ({ h, f: fit(me, { wijkCodes: [h.wijk_code], interests: [h.interest], times: h.times }) }))
      .filter((x) => isSuggested(x.f))
      .sort((a, b) => b.f.score - a.f.score)
      .slice(0, 20);
    const wijken = await this.repo.wijkNames(tenantId, [
      ...vacancies.map((x) => x.v.wijk_code),
      ...requests.map((x) => x.h.wijk_code),
    ]);
    return {
      vacancies: vacancies.map((x) => ({ ...presentVacancy(x.v, wijken), match: x.f })),
      helpRequests: requests.map((x) => ({ ...presentHelpRequest(x.h, wijken), match: x.f })),
    };
  }

  // ── matches ──

  /** Which side of a match the principal is on, or nothing. */
  private async sideOf(
    principal: Principal,
    m: MatchRow & { volunteer_user_id: string; author_user_id: string | null; vacancy_partner_id: string | null },
  ): Promise<MatchSide | null> {
    const userId = userOf(principal);
    if (!userId) return null;
    if (isResident(principal) && m.volunteer_user_id === userId) return 'volunteer';
    if (isResident(principal) && m.author_user_id === userId) return 'owner';
    if (isPartnerStaff(principal) && m.vacancy_partner_id) {
      const partner = await this.repo.partnerOfUser(principal.tenantId, userId);
      if (partner?.status === 'approved' && partner.id === m.vacancy_partner_id) return 'owner';
    }
    return null;
  }

  private async matchFor(principal: Principal, matchId: string) {
    volunteeringPolicy.authorize(principal, 'volunteerMatches.use');
    const m = await this.repo.match(principal.tenantId, matchId);
    const side = m ? await this.sideOf(principal, m) : null;
    if (!m || !side) throw new DomainError('volunteer-match-not-found', `There is no match ${matchId} of yours.`);
    return { m, side };
  }

  private async present(principal: Principal, matchId: string) {
    const { m, side } = await this.matchFor(principal, matchId);
    return presentMatch(m, side, await this.repo.messages(principal.tenantId, [m.id]));
  }

  async matches(principal: Principal) {
    volunteeringPolicy.authorize(principal, 'volunteerMatches.use');
    const tenantId = principal.tenantId;
    const userId = userOf(principal)!;
    const partner = isPartnerStaff(principal) ? await this.repo.partnerOfUser(tenantId, userId) : undefined;
    const rows = await this.repo.matchesOf(tenantId, userId, partner?.status === 'approved' ? partner.id : null);
    const messages = await this.repo.messages(
      tenantId,
      rows.map((r) => r.id),
    );
    const items = [];
    for (const m of rows) {
      const side = await this.sideOf(principal, m);
      if (side)
        items.push(
          presentMatch(
            m,
            side,
            messages.filter((x) => x.match_id === m.id),
          ),
        );
    }
    return { items };
  }

  /**
   * A volunteer responds to a vacancy or a published help request; or the vacancy's partner, or
   * the help request's author, invites a volunteer (profileId). The other side then accepts.
   */
  async propose(principal: Principal, input: Static<typeof NewMatch>) {
    volunteeringPolicy.authorize(principal, 'volunteerMatches.use');
    const tenantId = principal.tenantId;
    const userId = userOf(principal)!;
    if ((input.vacancyId === undefined) === (input.helpRequestId === undefined))
      invalid([{ name: 'body.vacancyId', code: 'one-of', reason: 'give a vacancyId or a helpRequestId' }]);
    let side: MatchSide;
    let profileId: string;
    if (input.vacancyId) {
      const v = await this.repo.vacancy(tenantId, input.vacancyId);
      if (!v) throw new DomainError('volunteer-vacancy-not-found', `There is no vacancy ${input.vacancyId}.`);
      if (v.status !== 'open') throw new DomainError('volunteer-vacancy-closed', 'This vacancy is closed.');
      if (isPartnerStaff(principal)) {
        const partner = await this.partnerOf(principal);
        if (partner.id !== v.partner_id)
          throw new DomainError('volunteer-vacancy-not-found', `There is no vacancy ${input.vacancyId} of yours.`);
        side = 'owner';
      } else side = 'volunteer';
    } else {
      const h = await this.repo.helpRequest(tenantId, input.helpRequestId!);
      if (!h || (h.status !== 'published' && h.author_user_id !== userId))
        throw new DomainError('help-request-not-found', `There is no help request ${input.helpRequestId}.`);
      if (h.status !== 'published') throw new DomainError('help-request-not-published', 'This request is not open.');
      if (isPartnerStaff(principal))
        throw new DomainError('forbidden', 'Help requests are answered by volunteers themselves.');
      side = h.author_user_id === userId ? 'owner' : 'volunteer';
    }
    if (side === 'owner') {
      if (!input.profileId)
        invalid([{ name: 'body.profileId', code: 'required', reason: 'say which volunteer you invite' }]);
      const p = await this.repo.profile(tenantId, input.profileId!);
      if (!p || !p.active)
        throw new DomainError('volunteer-profile-not-found', `There is no volunteer ${input.profileId}.`);
      profileId = p.id;
    } else {
      const p = await this.repo.profileOfUser(tenantId, userId);
      if (!p) throw new DomainError('volunteer-profile-missing', 'Make your volunteer profile first.');
      profileId = p.id;
    }
    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new VolunteeringRepository(tx);
      const row = await repo.insertMatch(tenantId, {
        vacancyId: input.vacancyId ?? null,
        helpRequestId: input.helpRequestId ?? null,
        profileId,
        proposedBy: side,
      });
      if (!row) throw new DomainError('volunteer-match-exists', 'You are already in touch about this.');
      if (input.message?.trim()) await repo.insertMessage(tenantId, row.id, side, input.message.trim());
      return row.id;
    });
    return this.present(principal, id);
  }

  /** The side that did not propose accepts or declines. */
  async decide(principal: Principal, matchId: string, accept: boolean) {
    const { m, side } = await this.matchFor(principal, matchId);
    if (m.status !== 'proposed' || m.proposed_by === side)
      throw new DomainError('volunteer-match-not-yours-to-decide', 'Only the other side can accept, and only once.');
    await this.repo.decideMatch(principal.tenantId, matchId, accept ? 'accepted' : 'declined');
    return this.present(principal, matchId);
  }

  async message(principal: Principal, matchId: string, body: string) {
    const { m, side } = await this.matchFor(principal, matchId);
    if (m.status === 'declined') throw new DomainError('volunteer-match-declined', 'This match was declined.');
    await this.repo.insertMessage(principal.tenantId, matchId, side, body.trim());
    return this.present(principal, matchId);
  }

  /** My side agrees to share contact details; they show once both sides agreed (and the match is accepted). */
  async shareDetails(principal: Principal, matchId: string) {
    const { m, side } = await this.matchFor(principal, matchId);
    if (m.status === 'declined') throw new DomainError('volunteer-match-declined', 'This match was declined.');
    await this.repo.shareDetails(principal.tenantId, matchId, side);
    return this.present(principal, matchId);
  }
}
