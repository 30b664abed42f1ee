import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useMatchActions, type Match } from '../api/volunteering-admin.ts';
import { TextField } from './Fields.tsx';

/**
 * One match as its volunteer or owner sees it: what it is about, the messages through the
 * platform, accept or decline (the side that did not propose), and sharing contact details, which
 * show only once both sides agreed.
 */
export function MatchCard({ match }: { match: Match }) {
  const { t } = useTranslation('volunteering-admin');
  const { decide, message, share } = useMatchActions(match.id);
  const [text, setText] = useState('');
  const error = decide.error ?? message.error ?? share.error;
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) message.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <li className="sp-volunteering__card" data-testid="match">
      <Heading level={3}>{match.about.title}</Heading>
      <Paragraph>
        {t(`match.status.${match.status}`)}
        {match.counterpart.name ? ` · ${t('match.with', { name: match.counterpart.name })}` : ''}
      </Paragraph>
      {match.counterpart.email ? (
        <Paragraph>{t('match.contact', { email: match.counterpart.email })}</Paragraph>
      ) : (
        <Paragraph>{t('match.throughPlatform')}</Paragraph>
      )}
      {match.messages.length > 0 && (
        <ul className="sp-volunteering__messages" aria-label={t('match.messages')}>
          {match.messages.map((m, i) => (
            <li key={i}>
              <strong>{m.fromMe ? t('match.me') : t('match.them')}:</strong> {m.body}
            </li>
          ))}
        </ul>
      )}
      {match.canDecide && (
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={() => decide.mutate(true)} busy={decide.isPending}>
            {t('match.accept')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => decide.mutate(false)}>
            {t('match.decline')}
          </Button>
        </ButtonGroup>
      )}
      {match.status === 'accepted' && !match.iShare && (
        <Button appearance="secondary-action-button" onClick={() => share.mutate()} busy={share.isPending}>
          {t('match.share')}
        </Button>
      )}
      {match.status === 'accepted' && match.iShare && !match.theyShare && (
        <Paragraph>{t('match.waitingForThem')}</Paragraph>
      )}
      {match.status !== 'declined' && (
        <form onSubmit={send} className="sp-form">
          <TextField
            id={`message-${match.id}`}
            label={t('match.newMessage')}
            value={text}
            onChange={setText}
            multiline
          />
          <Button type="submit" appearance="secondary-action-button" busy={message.isPending}>
            {t('match.send')}
          </Button>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
    </li>
  );
}
