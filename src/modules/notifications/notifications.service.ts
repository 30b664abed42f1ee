import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import { NotificationsRepository } from './notifications.repository.ts';

export interface OutgoingMessage {
  tenantId: string;
  /** Set by callers that keep a reference to the message (e.g. a warning that was sent). */
  id?: string;
  to: string;
  subject: string;
  bodyText: string;
}

/**
 * Puts an e-mail in the outbox, in the caller's transaction: it is sent only if the change it
 * tells about is committed. Returns the message's id.
 */
export function enqueueMessage(db: Db, message: OutgoingMessage): Promise<string> {
  return new NotificationsRepository(db).insert(message);
}

/** Many e-mails at once (an import), in the caller's transaction and one statement. */
export function enqueueMessages(db: Db, messages: OutgoingMessage[]): Promise<void> {
  return new NotificationsRepository(db).insertMany(messages);
}

/** The development outbox: the e-mails the platform would have sent. */
export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly config: Config,
  ) {}

  listOutbox(principal: Principal) {
    notificationsPolicy.authorize(principal, 'outbox.read');
    if (this.config.environment === 'production')
      throw new DomainError('not-found', 'The outbox exists only in development.');
    return this.repo.listNewest(principal.tenantId, 50);
  }
}
