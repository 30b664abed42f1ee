import { useState, type FormEvent } from 'react';
import { Button, Checkbox, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useSaveTillSettings, useTillSettings } from '../api/till-settings.ts';

/** "Kassa": whether the provider's own tills take a typed pass number, or the QR code only. */
export function TillSettingsForm({ providerId }: { providerId: string }) {
  const { t } = useTranslation('provider');
  const settings = useTillSettings(providerId);
  const save = useSaveTillSettings(providerId);
  // null: not changed yet, the saved setting shows.
  const [choice, setChoice] = useState<boolean | null>(null);
  const [done, setDone] = useState('');

  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorMessage error={settings.error} />;
  const accepts = choice ?? settings.data.acceptsTypedPassNumbers;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    save.mutate(accepts, {
      onSuccess: (saved) =>
        setDone(saved.acceptsTypedPassNumbers ? t('tillSettings.savedOn') : t('tillSettings.savedOff')),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormField type="checkbox">
        <Checkbox
          id="till-typed-numbers"
          name="acceptsTypedPassNumbers"
          checked={accepts}
          onChange={(e) => setChoice(e.target.checked)}
        />
        <FormLabel htmlFor="till-typed-numbers" type="checkbox">
          {t('tillSettings.typedNumbers')}
        </FormLabel>
      </FormField>
      <Paragraph>{t('tillSettings.typedNumbersHint')}</Paragraph>
      <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
        {t('tillSettings.save')}
      </Button>
      {done && <Paragraph role="status">{done}</Paragraph>}
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}
