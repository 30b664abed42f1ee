import { useState } from 'react';
import { Button, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { usePassAction, type BlockReason, type HolderFile } from '../api/holder-file.ts';

type Action = 'block' | 'replace' | 'unblock';
const REASONS: BlockReason[] = ['card_lost', 'card_stolen', 'card_broken', 'phone_lost', 'other'];

/**
 * Block, replace (a new number; history, credit and household move with it) or unblock one of
 * the holder's passes, after a confirmation. A replaced pass offers nothing: it never comes back.
 */
export function PassActions({ file }: { file: HolderFile }) {
  const { t } = useTranslation('holder-file');
  const run = usePassAction(file.id);
  const passes = file.passes.filter((p) => p.status !== 'replaced');
  const [passId, setPassId] = useState(passes[0]?.id ?? '');
  const [reason, setReason] = useState<BlockReason>('card_lost');
  const [pending, setPending] = useState<Action | null>(null);
  const [done, setDone] = useState('');
  const pass = passes.find((p) => p.id === passId) ?? passes[0];
  if (!pass) return null;
  const confirm = (action: Action) => {
    setDone('');
    run.mutate(
      { action, passId: pass.id, reason },
      {
        onSuccess: (result) => {
          setPending(null);
          setDone(
            action === 'replace' && result.newPassNumber
              ? t('holderFile.passActions.replaced', { old: pass.number, number: result.newPassNumber })
              : t(`holderFile.passActions.${action}ed`, { number: pass.number }),
          );
        },
      },
    );
  };
  return (
    <div className="sp-form">
      <Field id="pass-action-pass" label={t('holderFile.passActions.pass')}>
        <Select id="pass-action-pass" value={pass.id} onChange={(e) => setPassId(e.target.value)}>
          {passes.map((p) => (
            <SelectOption key={p.id} value={p.id}>
              {`${p.number} (${t(`passStatus.${p.status}`, { defaultValue: p.status })})`}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="pass-action-reason" label={t('holderFile.passActions.reason')}>
        <Select id="pass-action-reason" value={reason} onChange={(e) => setReason(e.target.value as BlockReason)}>
          {REASONS.map((r) => (
            <SelectOption key={r} value={r}>
              {t(`holderFile.passActions.reasons.${r}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {pending === null ? (
        <div className="sp-button-row">
          {pass.status === 'active' && (
            <Button type="button" appearance="secondary-action-button" onClick={() => setPending('block')}>
              {t('holderFile.passActions.block')}
            </Button>
          )}
          <Button type="button" appearance="secondary-action-button" onClick={() => setPending('replace')}>
            {t('holderFile.passActions.replace')}
          </Button>
          {pass.status === 'blocked' && (
            <Button type="button" appearance="secondary-action-button" onClick={() => setPending('unblock')}>
              {t('holderFile.passActions.unblock')}
            </Button>
          )}
        </div>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning" role="group" aria-labelledby="pass-action-confirm">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <Paragraph id="pass-action-confirm">
                <strong>{t(`holderFile.passActions.confirm.${pending}`, { number: pass.number })}</strong>
              </Paragraph>
              <div className="sp-button-row">
                <Button
                  appearance="primary-action-button"
                  busy={run.isPending}
                  disabled={run.isPending}
                  onClick={() => confirm(pending)}
                >
                  {t('holderFile.passActions.yes')}
                </Button>
                <Button appearance="secondary-action-button" disabled={run.isPending} onClick={() => setPending(null)}>
                  {t('holderFile.passActions.no')}
                </Button>
              </div>
            </div>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {done}
      </div>
      {run.isError && <ErrorMessage error={run.error} />}
    </div>
  );
}
