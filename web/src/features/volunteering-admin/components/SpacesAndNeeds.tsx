import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import {
  useAddSharedNeed,
  useExpertiseBank,
  usePostSpace,
  useSharedNeeds,
  useSpaces,
  type NewSpace,
} from '../api/volunteering-admin.ts';
import { TextField } from './Fields.tsx';

/** Spaces for activities: offers (also of the housing corporations) and requests, with the offers that fit each request. */
export function Spaces({ mode }: { mode: 'partner' | 'depot' }) {
  const { t } = useTranslation('volunteering-admin');
  const spaces = useSpaces();
  const titles = new Map(spaces.data?.items.map((s) => [s.id, `${s.title} (${s.ownerName})`]));
  return (
    <section aria-labelledby="spaces">
      <Heading level={2} id="spaces">
        {t('spaces.title')}
      </Heading>
      <Paragraph>{t('spaces.intro')}</Paragraph>
      {spaces.isError && <ErrorMessage error={spaces.error} />}
      <ul className="sp-volunteering__list">
        {spaces.data?.items.map((s) => (
          <li key={s.id} className="sp-volunteering__card">
            <strong>
              {t(`spaces.kind.${s.kind}`)}: {s.title}
            </strong>
            <br />
            {t('spaces.facts', { owner: s.ownerName, wijk: s.wijk.name, capacity: s.capacity })}
            {s.availability && ` · ${s.availability}`}
            {s.kind === 'request' && (
              <>
                <br />
                {s.matches.length === 0
                  ? t('spaces.noMatch')
                  : t('spaces.matches', { spaces: s.matches.map((id) => titles.get(id) ?? '').join(', ') })}
              </>
            )}
          </li>
        ))}
      </ul>
      <SpaceForm mode={mode} />
    </section>
  );
}

function SpaceForm({ mode }: { mode: 'partner' | 'depot' }) {
  const { t } = useTranslation('volunteering-admin');
  const wijken = useWijken();
  const post = usePostSpace();
  const [f, setF] = useState({ kind: 'offer', title: '', wijkCode: '', capacity: '', ownerName: '', availability: '' });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate({
      kind: f.kind as NewSpace['kind'],
      title: f.title.trim(),
      wijkCode: f.wijkCode,
      capacity: Number(f.capacity),
      availability: f.availability.trim(),
      ...(mode === 'depot' ? { ownerName: f.ownerName.trim() } : {}),
    });
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="space-new">
      <Heading level={3} id="space-new">
        {t('spaces.new')}
      </Heading>
      {mode === 'partner' && (
        <Field id="space-kind" label={t('spaces.kindLabel')}>
          <Select id="space-kind" value={f.kind} onChange={(e) => set('kind')(e.target.value)}>
            <SelectOption value="offer">{t('spaces.kind.offer')}</SelectOption>
            <SelectOption value="request">{t('spaces.kind.request')}</SelectOption>
          </Select>
        </Field>
      )}
      {mode === 'depot' && (
        <TextField
          id="space-owner"
          label={t('spaces.owner')}
          hint={t('spaces.ownerHint')}
          value={f.ownerName}
          onChange={set('ownerName')}
          required
        />
      )}
      <TextField id="space-title" label={t('spaces.fieldTitle')} value={f.title} onChange={set('title')} required />
      <Field id="space-wijk" label={t('common.wijk')}>
        <Select id="space-wijk" value={f.wijkCode} required onChange={(e) => set('wijkCode')(e.target.value)}>
          <SelectOption value="">{t('common.chooseWijk')}</SelectOption>
          {wijken.data?.items.map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <TextField
        id="space-capacity"
        label={t('spaces.capacity')}
        type="number"
        value={f.capacity}
        onChange={set('capacity')}
        required
      />
      <TextField
        id="space-availability"
        label={t('spaces.availability')}
        value={f.availability}
        onChange={set('availability')}
      />
      <Button type="submit" appearance="primary-action-button" busy={post.isPending}>
        {t('spaces.post')}
      </Button>
      {post.isError && <ErrorMessage error={post.error} />}
    </form>
  );
}

/** Shared needs (a course or a purchase two initiatives could share) and the expertise bank. */
export function SharedNeeds({ mode }: { mode: 'partner' | 'depot' }) {
  const { t } = useTranslation('volunteering-admin');
  const needs = useSharedNeeds();
  const bank = useExpertiseBank();
  const add = useAddSharedNeed();
  const [kind, setKind] = useState<'course' | 'purchase'>('course');
  const [subject, setSubject] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ kind, subject: subject.trim() }, { onSuccess: () => setSubject('') });
  };
  return (
    <section aria-labelledby="needs">
      <Heading level={2} id="needs">
        {t('needs.title')}
      </Heading>
      <Paragraph>{t('needs.intro')}</Paragraph>
      <Heading level={3}>{t('needs.signals')}</Heading>
      {needs.data && needs.data.signals.length === 0 && <Paragraph>{t('needs.noSignals')}</Paragraph>}
      <ul>
        {needs.data?.signals.map((s) => (
          <li key={`${s.kind}-${s.subject}`}>
            {t(`needs.signal.${s.kind}`, { subject: s.subject, partners: s.partners.join(', ') })}
          </li>
        ))}
      </ul>
      {mode === 'partner' && (
        <form onSubmit={submit} className="sp-form">
          <Field id="need-kind" label={t('needs.kindLabel')}>
            <Select id="need-kind" value={kind} onChange={(e) => setKind(e.target.value as 'course' | 'purchase')}>
              <SelectOption value="course">{t('needs.kind.course')}</SelectOption>
              <SelectOption value="purchase">{t('needs.kind.purchase')}</SelectOption>
            </Select>
          </Field>
          <TextField id="need-subject" label={t('needs.subject')} value={subject} onChange={setSubject} required />
          <Button type="submit" appearance="secondary-action-button">
            {t('needs.add')}
          </Button>
          {needs.data && needs.data.mine.length > 0 && (
            <Paragraph>{t('needs.mine', { list: needs.data.mine.map((n) => n.subject).join(', ') })}</Paragraph>
          )}
          {add.isError && <ErrorMessage error={add.error} />}
        </form>
      )}
      <Heading level={3}>{t('needs.expertise')}</Heading>
      <Paragraph>{t('needs.expertiseIntro')}</Paragraph>
      <ul>
        {bank.data?.skills.map((s) => (
          <li key={s.skill}>
            {s.skill}: {s.volunteers.suppressed ? t('needs.fewerThan10') : s.volunteers.value}
          </li>
        ))}
      </ul>
    </section>
  );
}
