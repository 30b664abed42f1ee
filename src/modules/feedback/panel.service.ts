import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, notFound } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { discloseCount, discloseTable, MIN_PEOPLE, disclose } from '../insight/disclosure.ts';
import { enqueueMessages } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { FeedbackRepository } from './feedback.repository.ts';
import { feedbackPolicy } from './feedback.policy.ts';
import { publicPathOf, sha256 } from './surveys.service.ts';

/** The consent text's version: a new text asks members to agree again. */
export const PANEL_CONSENT_VERSION = 1;
export const TARGET_GROUPS = ['regular', 'low_income', 'carer'] as const;

const holderOf = (principal: Principal) => {
  if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only a pass holder joins the panel.');
  return principal.holderId;
};

/**
 * The experience panel (ervaringspanel): holders who agreed to be asked. The pass organisation
 * draws a sample by wijk and target group and invites it by e-mail; answers are anonymous like
 * any survey's; response rates leave only after the rule of 10. Services and partners put
 * questions to the panel through the pass organisation.
 */
export class PanelService {
  private readonly repo: FeedbackRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly publicUrl: string,
  ) {
    this.repo = new FeedbackRepository(db);
  }

  async membership(principal: Principal) {
    feedbackPolicy.authorize(principal, 'panel.membership');
    const member = await this.repo.findMember(principal.tenantId, holderOf(principal));
    return {
      member: member !== undefined && member.consent_version === PANEL_CONSENT_VERSION,
      consentVersion: PANEL_CONSENT_VERSION,
      joinedOn: member ? todayInNetherlands(member.joined_at) : null,
    };
  }

  async join(principal: Principal, consentVersion: number) {
    feedbackPolicy.authorize(principal, 'panel.membership');
    if (consentVersion !== PANEL_CONSENT_VERSION)
      throw new DomainError('invalid-input', 'Agree to the current consent text.', [
        { name: 'body.consentVersion', code: 'outdated', reason: `the current version is ${PANEL_CONSENT_VERSION}` },
      ]);
    await this.repo.join(principal.tenantId, holderOf(principal), consentVersion);
    return this.membership(principal);
  }

  /** Leaving deletes the membership and the link of every invitation to the holder. */
  async leave(principal: Principal) {
    feedbackPolicy.authorize(principal, 'panel.membership');
    const holderId = holderOf(principal);
    await this.db.transaction().execute((tx) => new FeedbackRepository(tx).leave(principal.tenantId, holderId));
  }

  async overview(principal: Principal) {
    feedbackPolicy.authorize(principal, 'panel.manage');
    return { members: discloseCount(await this.repo.countMembers(principal.tenantId)) };
  }

  /**
   * Draws a random sample and invites it by e-mail (notifications' outbox, in one transaction).
   * A sample of fewer than 10 members is refused: its response rate could never be shown.
   */
  async invite(
    principal: Principal,
    surveyId: string,
    filter: { wijkCodes: string[]; targetGroups: string[]; size: number },
  ) {
    feedbackPolicy.authorize(principal, 'panel.manage');
    const survey = await this.repo.findSurvey(principal.tenantId, surveyId);
    if (!survey) throw new DomainError('survey-not-found', `There is no survey ${surveyId}.`);
    if (survey.audience !== 'panel' || survey.status !== 'open')
      throw new DomainError('survey-not-open', 'Only an open panel survey can be sent to the panel.');
    const today = todayInNetherlands();
    return this.db.transaction().execute(async (tx) => {
      const repo = new FeedbackRepository(tx);
      const sample = await repo.drawSample(principal.tenantId, surveyId, filter);
      if (sample.length < MIN_PEOPLE)
        throw new DomainError('panel-sample-too-small', 'Choose more wijken or target groups, or a larger sample.');
      const invitations = sample.map((member) => ({ member, token: randomBytes(24).toString('base64url') }));
      await repo.insertInvitations(
        principal.tenantId,
        invitations.map(({ member, token }) => ({
          surveyId,
          holderId: member.holder_id,
          wijkCode: member.wijk_code,
          targetGroup: member.target_group,
          tokenHash: sha256(token),
          on: today,
        })),
      );
      await enqueueMessages(
        tx,
        invitations.map(({ member, token }) => ({
          tenantId: principal.tenantId,
          to: member.email!,
          subject: `Ervaringspanel: ${survey.title}`,
          bodyText: [
            'Beste panellid,',
            '',
            `U bent lid van het ervaringspanel. Wilt u deze vragenlijst invullen? ${survey.title}`,
            '',
            `${this.publicUrl}${publicPathOf(surveyId)}?uitnodiging=${token}`,
            '',
            'Uw antwoorden zijn anoniem: wij koppelen ze niet aan uw naam of uw pas.',
            `Wilt u geen vragen meer krijgen? Meld u af op ${this.publicUrl}/ervaringspanel.`,
          ].join('\n'),
        })),
      );
      return { invited: sample.length };
    });
  }

  /** Invited and responded per wijk and target group, after the rule of 10. */
  async response(principal: Principal, surveyId: string) {
    feedbackPolicy.authorize(principal, 'surveys.results');
    const survey = await this.repo.findSurvey(principal.tenantId, surveyId);
    if (!survey) throw new DomainError('survey-not-found', `There is no survey ${surveyId}.`);
    const [rows, wijken] = await Promise.all([
      this.repo.invitationsOf(principal.tenantId, surveyId),
      this.repo.wijken(principal.tenantId),
    ]);
    const breakdown = (keys: string[], keyOf: (r: (typeof rows)[number]) => string) => {
      const columns = ['responded', 'not_responded'] as const;
      const table = discloseTable(keys, columns, (key, column) => ({
        people: rows.filter((r) => keyOf(r) === key && (r.responded_on !== null) === (column === 'responded')).length,
      }));
      return keys.map((key) => ({
        key,
        invited: table.rowTotals[key]!,
        responded: table.cells[key]!.responded.people,
      }));
    };
    const responded = rows.filter((r) => r.responded_on !== null).length;
    const wijkKeys = [...wijken.map((w) => w.code), 'unknown'];
    const name = new Map(wijken.map((w) => [w.code, w.name]));
    const total = discloseTable(['all'], ['responded', 'not_responded'] as const, (_r, c) => ({
      people: c === 'responded' ? responded : rows.length - responded,
    }));
    const rateShown = !total.cells.all.responded.people.suppressed && !total.cells.all.not_responded.people.suppressed;
    return {
      surveyId,
      invited: discloseCount(rows.length),
      responded: total.cells.all.responded.people,
      responseRate: rateShown
        ? disclose(Math.round((responded / rows.length) * 1000) / 10, rows.length)
        : disclose(0, 0),
      byWijk: breakdown(wijkKeys, (r) => r.wijk_code ?? 'unknown').map((line) => ({
        ...line,
        label: name.get(line.key) ?? line.key,
      })),
      byTargetGroup: breakdown([...TARGET_GROUPS], (r) => r.target_group),
    };
  }

  async submitQuestion(principal: Principal, input: { organisation: string; question: string }) {
    feedbackPolicy.authorize(principal, 'panel.submit-question');
    return this.repo.insertPanelQuestion(principal.tenantId, {
      organisation: input.organisation.trim(),
      question: input.question.trim(),
      submittedBy: actorId(principal),
    });
  }

  async questions(principal: Principal) {
    feedbackPolicy.authorize(principal, 'panel.manage');
    return this.repo.listPanelQuestions(principal.tenantId);
  }

  /** Accepting a question adds it, as an open question, to a draft panel survey. */
  async decide(principal: Principal, id: string, decision: 'accept' | 'decline', surveyId: string | undefined) {
    feedbackPolicy.authorize(principal, 'panel.manage');
    return this.db.transaction().execute(async (tx) => {
      const repo = new FeedbackRepository(tx);
      if (decision === 'decline') {
        const row = await repo.decidePanelQuestion(principal.tenantId, id, 'declined', null);
        if (!row) throw notFound('A submitted panel question with this id');
        return row;
      }
      if (!surveyId)
        throw new DomainError('invalid-input', 'Say which panel survey takes the question.', [
          { name: 'body.surveyId', code: 'required', reason: 'a draft panel survey' },
        ]);
      const survey = await repo.findSurvey(principal.tenantId, surveyId);
      if (!survey || survey.audience !== 'panel') throw new DomainError('survey-not-found', 'No such panel survey.');
      const row = await repo.decidePanelQuestion(principal.tenantId, id, 'accepted', surveyId);
      if (!row) throw notFound('A submitted panel question with this id');
      const added = await repo.appendQuestion(principal.tenantId, surveyId, {
        id: `panel-${id.slice(0, 8)}`,
        kind: 'open',
        text: `${row.question} (${row.organisation})`,
        options: [],
        required: false,
      });
      if (!added) throw new DomainError('survey-not-editable', 'Only a draft survey takes new questions.');
      return row;
    });
  }
}
