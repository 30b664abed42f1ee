import type { Static } from '@sinclair/typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { inviteStaffMember } from '../identity/identity.service.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { validateIban } from '../payouts/iban.ts';
import { createProviderTx, findProviderByKvk } from '../providers/providers.service.ts';
import { providerSignupPolicy } from './provider-signup.policy.ts';
import { ProviderSignupRepository } from './provider-signup.repository.ts';
import type { ApplicationQuestions, NewProviderApplication } from './provider-signup.schemas.ts';
import type { ApplicationStatus } from './provider-signup.tables.ts';

type NewApplication = Static<typeof NewProviderApplication>;

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Sign-ups of organisations that want to join the pass. Anyone may sign up; the pass
 * organisation approves (the provider and its first admin are created, the admin gets a login
 * link by e-mail), asks questions (by e-mail) or declines. A KvK number that is already known is
 * flagged for the pass organisation, never silently turned into a second provider.
 */
export class ProviderSignupService {
  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'publicUrl'>,
  ) {}

  async apply(principal: Principal, input: NewApplication) {
    providerSignupPolicy.authorize(principal, 'providerApplication.create');
    return this.db.transaction().execute((tx) => submitProviderApplicationTx(tx, principal.tenantId, input));
  }

  async list(principal: Principal, status: ApplicationStatus | undefined, page: number, pageSize: number) {
    providerSignupPolicy.authorize(principal, 'providerApplication.manage');
    const { rows, totalItems } = await new ProviderSignupRepository(this.db).list(
      principal.tenantId,
      status,
      pageSize,
      (page - 1) * pageSize,
    );
    return { rows, page, pageSize, totalItems };
  }

  async get(principal: Principal, id: string) {
    providerSignupPolicy.authorize(principal, 'providerApplication.manage');
    const row = await new ProviderSignupRepository(this.db).find(principal.tenantId, id);
    if (!row) throw new DomainError('sign-up-not-found', `There is no sign-up with id ${id}.`);
    return row;
  }

  /**
   * Approves a sign-up: creates the provider (with its IBAN) and its first admin, who gets a
   * login link by e-mail. All or nothing; deciding twice gives `sign-up-already-decided`.
   */
  async approve(principal: Principal, id: string) {
    providerSignupPolicy.authorize(principal, 'providerApplication.manage');
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new ProviderSignupRepository(tx);
      const application = await this.openApplication(repo, tenantId, id);
      const provider = await createProviderTx(tx, tenantId, {
        name: application.organisation_name,
        kind: application.kind,
        kvkNumber: application.kvk_number,
        description: application.description,
        website: application.website,
        email: application.email,
        phone: application.phone || null,
        iban: application.iban,
        accountHolderName: application.account_holder_name,
      });
      await inviteStaffMember(tx, this.config, tenantId, {
        providerId: provider.id,
        providerName: provider.name,
        role: 'provider_admin',
        name: application.contact_name,
        email: application.email,
      });
      await repo.decide(tenantId, id, { status: 'approved', providerId: provider.id, decidedBy: actorId(principal) });
    });
    return this.get(principal, id);
  }

  /** Asks the applicant questions by e-mail; the sign-up stays open. */
  async askQuestions(principal: Principal, id: string, input: Static<typeof ApplicationQuestions>) {
    providerSignupPolicy.authorize(principal, 'providerApplication.manage');
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new ProviderSignupRepository(tx);
      const application = await this.openApplication(repo, tenantId, id);
      await repo.decide(tenantId, id, {
        status: 'questions_asked',
        questions: input.message.trim(),
        decidedBy: actorId(principal),
      });
      await enqueueMessage(tx, {
        tenantId,
        to: application.email,
        subject: `Vragen over uw aanmelding: ${application.organisation_name}`,
        bodyText: `Hallo ${application.contact_name},\n\nBedankt voor uw aanmelding bij de Zaanse Pas. We hebben nog vragen:\n\n${input.message.trim()}\n\nU kunt deze e-mail beantwoorden.`,
      });
    });
    return this.get(principal, id);
  }

  async decline(principal: Principal, id: string) {
    providerSignupPolicy.authorize(principal, 'providerApplication.manage');
    const { tenantId } = principal;
    await this.db.transaction().execute(async (tx) => {
      const repo = new ProviderSignupRepository(tx);
      await this.openApplication(repo, tenantId, id);
      await repo.decide(tenantId, id, { status: 'declined', decidedBy: actorId(principal) });
    });
    return this.get(principal, id);
  }

  private async openApplication(repo: ProviderSignupRepository, tenantId: string, id: string) {
    const application = await repo.findForUpdate(tenantId, id);
    if (!application) throw new DomainError('sign-up-not-found', `There is no sign-up with id ${id}.`);
    if (application.status === 'approved' || application.status === 'declined')
      throw new DomainError('sign-up-already-decided', `This sign-up was already ${application.status}.`);
    return application;
  }
}

/**
 * Stores a sign-up in the caller's transaction, with the same checks as the public form (IBAN
 * mod-97, a business's KvK number, the terms) and the same flag for a KvK number already known.
 * The recruitment board hands in a joined lead this way, with its details filled in.
 */
export async function submitProviderApplicationTx(tx: Db, tenantId: string, input: NewApplication) {
  const problems: InvalidParam[] = [];
  const iban = validateIban(input.iban);
  if (!iban.ok) problems.push({ name: 'body.iban', code: iban.code, reason: iban.reason });
  const kvkNumber = blankToNull(input.kvkNumber);
  if (input.kind === 'business' && kvkNumber === null)
    problems.push({ name: 'body.kvkNumber', code: 'required', reason: 'a business gives its KvK number' });
  if (!input.termsAccepted)
    problems.push({ name: 'body.termsAccepted', code: 'required', reason: 'the terms must be accepted' });
  if (problems.length > 0 || !iban.ok)
    throw new DomainError('invalid-input', 'This sign-up cannot be accepted; see invalidParams.', problems);
  const repo = new ProviderSignupRepository(tx);
  let knownProviderId: string | null = null;
  let knownApplicationId: string | null = null;
  if (kvkNumber !== null) {
    await repo.lockKvkNumber(tenantId, kvkNumber);
    knownProviderId = (await findProviderByKvk(tx, tenantId, kvkNumber))?.id ?? null;
    knownApplicationId = (await repo.findOpenByKvk(tenantId, kvkNumber))?.id ?? null;
  }
  return repo.insert(tenantId, {
    organisation_name: input.organisationName.trim(),
    kind: input.kind,
    kvk_number: kvkNumber,
    contact_name: input.contactName.trim(),
    email: input.email.trim().toLowerCase(),
    phone: input.phone?.trim() ?? '',
    website: blankToNull(input.website),
    street: input.street?.trim() ?? '',
    postcode: input.postcode?.trim().toUpperCase() ?? '',
    city: input.city?.trim() ?? '',
    description: input.description?.trim() ?? '',
    iban: iban.iban,
    account_holder_name: input.accountHolderName.trim(),
    terms_accepted_at: new Date(),
    kvk_known_provider_id: knownProviderId,
    kvk_known_application_id: knownApplicationId,
  });
}
