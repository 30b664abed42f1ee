import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import {
  AUDIENCES,
  TIME_SLOTS,
  useCloseVacancy,
  useInvite,
  useMyVacancies,
  usePostVacancy,
  useVacancySuggestions,
  type Audience,
  type TimeSlot,
  type Vacancy,
} from '../api/volunteering-admin.ts';
import { CheckboxGroup, TextField, splitTags } from './Fields.tsx';

/** The partner's vacancies: post one, see the volunteers who fit and invite them, close it. */
export function PartnerVacancies() {
  const { t } = useTranslation('volunteering-admin');
  const vacancies = useMyVacancies();
  return (
    <section aria-labelledby="partner-vacancies">
      <Heading level={2} id="partner-vacancies">
        {t('vacancies.title')}
      </Heading>
      {vacancies.isError && <ErrorMessage error={vacancies.error} />}
      <ul className="sp-volunteering__list">
        {vacancies.data?.items.map((v) => (
          <VacancyItem key={v.id} vacancy={v} />
        ))}
      </ul>
      <VacancyForm />
    </section>
  );
}

function VacancyItem({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation('volunteering-admin');
  const [open, setOpen] = useState(false);
  const suggestions = useVacancySuggestions(vacancy.id, open);
  const invite = useInvite();
  const close = useCloseVacancy();
  return (
    <li className="sp-volunteering__card">
      <Heading level={3}>{vacancy.title}</Heading>
      <Paragraph>
        {vacancy.wijk.name} · {t(`vacancies.status.${vacancy.status}`)} · {vacancy.interests.join(', ')}
      </Paragraph>
      {vacancy.status === 'open' && (
        <>
          <Button appearance="secondary-action-button" onClick={() => setOpen(!open)} aria-expanded={open}>
            {t('vacancies.suggestions')}
          </Button>{' '}
          <Button appearance="subtle-button" onClick={() => close.mutate(vacancy.id)}>
            {t('vacancies.close')}
          </Button>
        </>
      )}
      {open && suggestions.data && (
        <ul aria-label={t('vacancies.suggestionsFor', { title: vacancy.title })}>
          {suggestions.data.items.length === 0 && <li>{t('vacancies.noSuggestions')}</li>}
          {suggestions.data.items.map((s) => (
            <li key={s.profileId}>
              <strong>{s.displayName}</strong> ({s.match.score}/100) · {s.interests.join(', ')} ·{' '}
              {s.wijken.map((w) => w.name).join(', ')}{' '}
              <Button
                appearance="secondary-action-button"
                onClick={() => invite.mutate({ vacancyId: vacancy.id, profileId: s.profileId })}
              >
                {t('vacancies.invite', { name: s.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {invite.isSuccess && <Paragraph role="status">{t('vacancies.invited')}</Paragraph>}
      {(invite.error ?? close.error ?? suggestions.error) && (
        <ErrorMessage error={invite.error ?? close.error ?? suggestions.error} />
      )}
    </li>
  );
}

function VacancyForm() {
  const { t } = useTranslation('volunteering-admin');
  const wijken = useWijken();
  const post = usePostVacancy();
  const [f, setF] = useState({ title: '', description: '', wijkCode: '', interests: '', hours: '' });
  const [times, setTimes] = useState<TimeSlot[]>([]);
  const [audiences, setAudiences] = useState<Audience[]>([]);
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate(
      {
        title: f.title.trim(),
        description: f.description.trim(),
        wijkCode: f.wijkCode,
        interests: splitTags(f.interests),
        times,
        audiences,
        ...(f.hours ? { hoursPerWeek: Number(f.hours) } : {}),
      },
      { onSuccess: () => setF({ title: '', description: '', wijkCode: '', interests: '', hours: '' }) },
    );
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="vacancy-new">
      <Heading level={3} id="vacancy-new">
        {t('vacancies.new')}
      </Heading>
      <TextField
        id="vacancy-title"
        label={t('vacancies.fieldTitle')}
        value={f.title}
        onChange={set('title')}
        required
      />
      <TextField
        id="vacancy-description"
        label={t('vacancies.description')}
        value={f.description}
        onChange={set('description')}
        multiline
        required
      />
      <Field id="vacancy-wijk" label={t('common.wijk')}>
        <Select id="vacancy-wijk" value={f.wijkCode} required onChange={(e) => set('wijkCode')(e.target.value)}>
          <SelectOption value="">{t('common.chooseWijk')}</SelectOption>
          {wijken.data?.items.map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <TextField
        id="vacancy-interests"
        label={t('vacancies.interests')}
        hint={t('vacancies.interestsHint')}
        value={f.interests}
        onChange={set('interests')}
      />
      <TextField
        id="vacancy-hours"
        label={t('vacancies.hours')}
        value={f.hours}
        onChange={set('hours')}
        type="number"
      />
      <CheckboxGroup
        id="vacancy-times"
        legend={t('common.when')}
        options={TIME_SLOTS}
        selected={times}
        onChange={setTimes}
        label={(s) => t(`time.${s}`)}
      />
      <CheckboxGroup
        id="vacancy-audiences"
        legend={t('vacancies.audiences')}
        options={AUDIENCES}
        selected={audiences}
        onChange={setAudiences}
        label={(a) => t(`audience.${a}`)}
      />
      <Button type="submit" appearance="primary-action-button" busy={post.isPending}>
        {t('vacancies.post')}
      </Button>
      {post.isSuccess && <Paragraph role="status">{t('vacancies.posted')}</Paragraph>}
      {post.isError && <ErrorMessage error={post.error} />}
    </form>
  );
}
