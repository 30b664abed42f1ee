import { useState, type FormEvent } from 'react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { parseEuros } from '../../../lib/euros.ts';
import { useCreateRound } from '../api/partners.ts';
import { TextField } from './TextField.tsx';

const cents = (text: string) => {
  const parsed = parseEuros(text);
  return parsed.ok ? parsed.cents : 0;
};
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A new round of support with its published criteria. */
export function RoundForm() {
  const { t } = useTranslation('partners');
  const create = useCreateRound();
  const [f, setF] = useState({
    name: '',
    eligibleCosts: '',
    max: '',
    maxPer: '',
    wijken: '',
    groups: '',
    opensOn: '',
    deadline: '',
  });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      name: f.name.trim(),
      eligibleCosts: f.eligibleCosts.trim(),
      maxAmountCents: cents(f.max),
      maxPerParticipantCents: cents(f.maxPer),
      priorityWijkCodes: list(f.wijken),
      priorityTargetGroups: list(f.groups),
      opensOn: f.opensOn,
      ...(f.deadline ? { deadline: f.deadline } : {}),
    });
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <TextField id="round-name" label={t('round.name')} value={f.name} onChange={set('name')} required />
      <TextField
        id="round-costs"
        label={t('round.eligibleCosts')}
        value={f.eligibleCosts}
        onChange={set('eligibleCosts')}
        multiline
        required
      />
      <TextField
        id="round-max"
        label={t('round.max')}
        inputMode="decimal"
        value={f.max}
        onChange={set('max')}
        required
      />
      <TextField
        id="round-max-per"
        label={t('round.maxPer')}
        inputMode="decimal"
        value={f.maxPer}
        onChange={set('maxPer')}
        required
      />
      <TextField
        id="round-wijken"
        label={t('round.priorityWijken')}
        hint={t('round.wijkenHint')}
        value={f.wijken}
        onChange={set('wijken')}
      />
      <TextField
        id="round-groups"
        label={t('round.priorityTargetGroups')}
        hint={t('round.groupsHint')}
        value={f.groups}
        onChange={set('groups')}
      />
      <TextField
        id="round-opens"
        label={t('round.opensOn')}
        type="date"
        value={f.opensOn}
        onChange={set('opensOn')}
        required
      />
      <TextField
        id="round-deadline"
        label={t('round.deadline')}
        type="date"
        value={f.deadline}
        onChange={set('deadline')}
      />
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('round.submit')}
      </Button>
      <div role="status" aria-live="polite">
        {create.isSuccess && t('round.done', { name: create.data.name })}
      </div>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}
