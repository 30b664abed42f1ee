import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { hasPermission, useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { TIME_SLOTS, useAskForHelp, useHelpRequests, useMyHelpRequests, type TimeSlot } from '../api/volunteering.ts';
import { CheckboxGroup, TextField } from '../components/Fields.tsx';
import { RespondButton } from '../components/RespondButton.tsx';
import { WijkSelect } from '../components/WijkSelect.tsx';
import '../volunteering.css';

/**
 * /vrijwilligers/hulpvragen: small requests for help of residents, shown after moderation and
 * never with who asked; a resident asks for help here and sees what became of it.
 */
export default function HelpRequestsPage() {
  const { t } = useTranslation('volunteering');
  usePageTitle(t('help.title'));
  const session = useSession();
  const isResident = hasPermission(session.data, 'helpRequests.post');
  const requests = useHelpRequests();
  const mine = useMyHelpRequests(isResident);
  return (
    <div className="sp-volunteering">
      <Heading level={1}>{t('help.title')}</Heading>
      <Paragraph appearance="lead">{t('help.intro')}</Paragraph>
      {requests.isPending && <Loading />}
      {requests.isError && <ErrorMessage error={requests.error} />}
      {requests.data && (
        <section aria-labelledby="help-open">
          <Heading level={2} id="help-open">
            {t('help.open', { count: requests.data.items.length })}
          </Heading>
          <ul className="sp-volunteering__list">
            {requests.data.items.map((h) => (
              <li key={h.id} className="sp-volunteering__card">
                <Heading level={3}>{h.title}</Heading>
                <Paragraph>{h.description}</Paragraph>
                <Paragraph>{[h.wijk.name, h.interest, ...h.times.map((s) => t(`time.${s}`))].join(' · ')}</Paragraph>
                <RespondButton about={{ helpRequestId: h.id }} title={h.title} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="help-ask">
        <Heading level={2} id="help-ask">
          {t('help.ask')}
        </Heading>
        {isResident ? (
          <AskForm />
        ) : (
          <Paragraph>
            <RouterLink to="/inloggen">{t('help.loginToAsk')}</RouterLink>
          </Paragraph>
        )}
      </section>
      {isResident && mine.data && mine.data.items.length > 0 && (
        <section aria-labelledby="help-mine">
          <Heading level={2} id="help-mine">
            {t('help.mine')}
          </Heading>
          <ul className="sp-volunteering__list">
            {mine.data.items.map((h) => (
              <li key={h.id} className="sp-volunteering__card">
                <Heading level={3}>{h.title}</Heading>
                <Paragraph>{t(`help.status.${h.status}`)}</Paragraph>
                {h.moderationReason && <Paragraph>{h.moderationReason}</Paragraph>}
              </li>
            ))}
          </ul>
          <Paragraph>
            <RouterLink to="/vrijwilligers/mijn-profiel">{t('help.toMatches')}</RouterLink>
          </Paragraph>
        </section>
      )}
    </div>
  );
}

function AskForm() {
  const { t } = useTranslation('volunteering');
  const ask = useAskForHelp();
  const [f, setF] = useState({ title: '', description: '', wijkCode: '', interest: '' });
  const [times, setTimes] = useState<TimeSlot[]>([]);
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(
      { ...f, title: f.title.trim(), description: f.description.trim(), interest: f.interest.trim(), times },
      { onSuccess: () => setF({ title: '', description: '', wijkCode: '', interest: '' }) },
    );
  };
  return (
    <form onSubmit={submit} className="sp-form">
      {ask.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('help.sent')}</Paragraph>
        </Alert>
      )}
      <TextField id="help-title" label={t('help.what')} value={f.title} onChange={set('title')} required />
      <TextField
        id="help-description"
        label={t('help.description')}
        hint={t('help.descriptionHint')}
        value={f.description}
        onChange={set('description')}
        multiline
        required
      />
      <WijkSelect id="help-wijk" value={f.wijkCode} onChange={set('wijkCode')} />
      <TextField
        id="help-interest"
        label={t('help.kind')}
        hint={t('help.kindHint')}
        value={f.interest}
        onChange={set('interest')}
        required
      />
      <CheckboxGroup
        id="help-times"
        legend={t('common.when')}
        options={TIME_SLOTS}
        selected={times}
        onChange={setTimes}
        label={(s) => t(`time.${s}`)}
      />
      <Button type="submit" appearance="primary-action-button" busy={ask.isPending}>
        {t('help.submit')}
      </Button>
      {ask.isError && <ErrorMessage error={ask.error} />}
    </form>
  );
}
