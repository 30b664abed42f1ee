import { DomainError } from '../../shared/errors.ts';
import type { Principal } from './principal.ts';

/**
 * Who may do what. Each module declares its actions in its `<module>.policy.ts` with
 * `definePolicy`, one line per action, typed by the resource the action is about; route handlers
 * and services call `policy.authorize(principal, action, resource)`. Deny is the default: an
 * action that no rule allows is refused.
 *
 * A rule that needs a resource (an offer of a provider, an order of a holder) can also say when a
 * session may do the action "in general" (`session`), for `GET /sessions/current`, which tells the
 * web app what to offer. Rules without a resource answer that question themselves.
 */
export interface Rule<R> {
  check: (principal: Principal, resource: R) => boolean;
  /** Whether the principal may do this in general, for the session's permissions; absent: not listed. */
  session?: (principal: Principal) => boolean;
}

/** A rule about no particular resource: the same check answers for the session. */
export function allow(check: (principal: Principal) => boolean): Rule<void> {
  return { check: (principal) => check(principal), session: check };
}

/** A rule about a resource of type R. `session`: when the action is offered to the principal in general. */
export function allowFor<R>(
  check: (principal: Principal, resource: R) => boolean,
  session?: (principal: Principal) => boolean,
): Rule<R> {
  return session ? { check, session } : { check };
}

type AnyRule = Rule<never>;
type ResourceOf<T> = T extends Rule<infer R> ? R : never;
/** The extra argument an action takes: nothing for `Rule<void>`, the resource otherwise. */
type ResourceArgs<T> = [ResourceOf<T>] extends [void] ? [] : [resource: ResourceOf<T>];

export interface Policy<P extends Record<string, AnyRule> = Record<string, AnyRule>> {
  readonly rules: P;
  can<A extends keyof P & string>(principal: Principal, action: A, ...resource: ResourceArgs<P[A]>): boolean;
  /** Throws `unauthenticated` (anonymous) or `forbidden` unless the rule allows it. */
  authorize<A extends keyof P & string>(principal: Principal, action: A, ...resource: ResourceArgs<P[A]>): void;
}

export function definePolicy<const P extends Record<string, AnyRule>>(rules: P): Policy<P> {
  const can = (principal: Principal, action: keyof P & string, resource?: unknown) => {
    const rule = rules[action] as Rule<unknown> | undefined;
    return rule ? rule.check(principal, resource) : false;
  };
  return {
    rules,
    can: (principal, action, ...resource) => can(principal, action, resource[0]),
    authorize: (principal, action, ...resource) => {
      if (can(principal, action, resource[0])) return;
      if (principal.kind === 'anonymous') throw new DomainError('unauthenticated', 'Log in to do this.');
      throw new DomainError('forbidden', 'Your account may not do this.');
    },
  };
}

/** The actions the principal may do in general, sorted: what `GET /sessions/current` lists. */
export function sessionPermissions(principal: Principal, policies: readonly Policy[]): string[] {
  const allowed: string[] = [];
  for (const policy of policies) {
    for (const [action, rule] of Object.entries(policy.rules) as [string, Rule<unknown>][]) {
      if (rule.session?.(principal)) allowed.push(action);
    }
  }
  return allowed.sort();
}
