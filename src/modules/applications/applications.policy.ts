import { allow, allowFor, definePolicy } from '../access/policy.ts';
import { isOrgAdmin, isResident, type Principal } from '../access/principal.ts';

/** An application, as far as access is concerned: whose it is. */
export interface OwnedApplication {
  holderId: string;
}

const isApplicant = (p: Principal, application: OwnedApplication) =>
  p.kind === 'resident' && p.holderId === application.holderId;

/**
 * Applications, evidence and income grounds are the most sensitive data of the product: only the
 * pass organisation's reviewers and the applicant see them. Providers never do.
 */
export const applicationsPolicy = definePolicy({
  'application.apply': allow(isResident),
  /** Read one application and its evidence: its applicant or a reviewer. */
  'application.read': allowFor<OwnedApplication>((p, a) => isOrgAdmin(p) || isApplicant(p, a)),
  /** Add evidence, answer a question, withdraw: only the applicant. */
  'application.change': allowFor<OwnedApplication>(isApplicant),
  'application.review': allow(isOrgAdmin),
});
