import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { formatDate } from '../../../lib/format.ts';
import {
  useAddDepotItem,
  useDemand,
  useDepotItems,
  useMoveReservation,
  useReservations,
  useReserve,
  useWish,
} from '../api/volunteering-admin.ts';
import { TextField } from './Fields.tsx';

/**
 * The Materialendepot Zaanstad in Krommenie: partners see what there is and when it is booked,
 * reserve and cancel, and ask for what is missing; the depot adds items, hands out, takes back
 * and sees what is asked for often.
 */
export function Depot({ mode }: { mode: 'partner' | 'depot' }) {
  const { t, i18n } = useTranslation('volunteering-admin');
  const items = useDepotItems();
  const reservations = useReservations();
  const move = useMoveReservation();
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <section aria-labelledby="depot">
      <Heading level={2} id="depot">
        {t('depot.title')}
      </Heading>
      <Paragraph>{t('depot.intro')}</Paragraph>
      {items.isError && <ErrorMessage error={items.error} />}
      <ul className="sp-volunteering__list">
        {items.data?.items.map((i) => (
          <li key={i.id} className="sp-volunteering__card">
            <strong>{i.name}</strong> {i.category && `(${i.category})`}
            <br />
            {i.booked.length === 0
              ? t('depot.free')
              : t('depot.booked', { days: i.booked.map((b) => `${date(b.startsOn)}–${date(b.endsOn)}`).join(', ') })}
          </li>
        ))}
      </ul>
      {mode === 'partner' ? <ReserveForm /> : <AddItemForm />}

      <Heading level={3}>{mode === 'partner' ? t('depot.myReservations') : t('depot.reservations')}</Heading>
      {reservations.data && reservations.data.items.length === 0 && <Paragraph>{t('depot.noReservations')}</Paragraph>}
      <ul className="sp-volunteering__list">
        {reservations.data?.items.map((r) => (
          <li key={r.id} className="sp-volunteering__card" data-testid="reservation">
            <strong>{r.item.name}</strong> · {date(r.startsOn)}–{date(r.endsOn)} · {t(`depot.status.${r.status}`)}
            {mode === 'depot' && ` · ${r.partner.name}`}
            {r.purpose && <> · {r.purpose}</>}{' '}
            {mode === 'depot' && r.status === 'reserved' && (
              <Button appearance="secondary-action-button" onClick={() => move.mutate({ id: r.id, step: 'hand-out' })}>
                {t('depot.handOut')}
              </Button>
            )}
            {mode === 'depot' && r.status === 'handed_out' && (
              <Button appearance="secondary-action-button" onClick={() => move.mutate({ id: r.id, step: 'return' })}>
                {t('depot.return')}
              </Button>
            )}
            {r.status === 'reserved' && (
              <Button appearance="subtle-button" onClick={() => move.mutate({ id: r.id, step: 'cancellation' })}>
                {t('depot.cancel')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {move.isError && <ErrorMessage error={move.error} />}
      {mode === 'partner' ? <WishForm /> : <Demand />}
    </section>
  );
}

function ReserveForm() {
  const { t } = useTranslation('volunteering-admin');
  const items = useDepotItems();
  const reserve = useReserve();
  const [f, setF] = useState({ itemId: '', startsOn: '', endsOn: '', purpose: '' });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reserve.mutate({
      itemId: f.itemId,
      startsOn: f.startsOn,
      endsOn: f.endsOn || f.startsOn,
      purpose: f.purpose.trim(),
    });
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="depot-reserve">
      <Heading level={3} id="depot-reserve">
        {t('depot.reserve')}
      </Heading>
      <Field id="depot-item" label={t('depot.item')}>
        <Select id="depot-item" value={f.itemId} required onChange={(e) => set('itemId')(e.target.value)}>
          <SelectOption value="">{t('depot.chooseItem')}</SelectOption>
          {items.data?.items.map((i) => (
            <SelectOption key={i.id} value={i.id}>
              {i.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <TextField
        id="depot-from"
        label={t('depot.from')}
        type="date"
        value={f.startsOn}
        onChange={set('startsOn')}
        required
      />
      <TextField id="depot-to" label={t('depot.to')} type="date" value={f.endsOn} onChange={set('endsOn')} />
      <TextField id="depot-purpose" label={t('depot.purpose')} value={f.purpose} onChange={set('purpose')} />
      <Button type="submit" appearance="primary-action-button" busy={reserve.isPending}>
        {t('depot.reserveButton')}
      </Button>
      {reserve.isSuccess && <Paragraph role="status">{t('depot.reserved')}</Paragraph>}
      {reserve.isError && <ErrorMessage error={reserve.error} />}
    </form>
  );
}

function WishForm() {
  const { t } = useTranslation('volunteering-admin');
  const wish = useWish();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    wish.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={submit} className="sp-form">
      <TextField
        id="depot-wish"
        label={t('depot.wish')}
        hint={t('depot.wishHint')}
        value={text}
        onChange={setText}
        required
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('depot.wishButton')}
      </Button>
      {wish.isSuccess && <Paragraph role="status">{t('depot.wished')}</Paragraph>}
      {wish.isError && <ErrorMessage error={wish.error} />}
    </form>
  );
}

function AddItemForm() {
  const { t } = useTranslation('volunteering-admin');
  const add = useAddDepotItem();
  const [name, setName] = useState('');
  const [category, setCategory] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ name: name.trim(), category: category.trim() }, { onSuccess: () => setName('') });
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="depot-add">
      <Heading level={3} id="depot-add">
        {t('depot.add')}
      </Heading>
      <TextField id="depot-name" label={t('depot.name')} value={name} onChange={setName} required />
      <TextField id="depot-category" label={t('depot.category')} value={category} onChange={setCategory} />
      <Button type="submit" appearance="primary-action-button">
        {t('depot.addButton')}
      </Button>
      {add.isError && <ErrorMessage error={add.error} />}
    </form>
  );
}

function Demand() {
  const { t } = useTranslation('volunteering-admin');
  const demand = useDemand();
  return (
    <>
      <Heading level={3}>{t('depot.demand')}</Heading>
      {demand.data && demand.data.items.length === 0 && <Paragraph>{t('depot.noDemand')}</Paragraph>}
      <ol>
        {demand.data?.items.map((d) => (
          <li key={`${d.itemId ?? 'wish'}-${d.what}`}>
            {t('depot.demandLine', { what: d.what, asked: d.asked, refused: d.refused })}
            {d.itemId === null && ` (${t('depot.notInDepot')})`}
          </li>
        ))}
      </ol>
    </>
  );
}
