import { useState } from 'react';
import { Button, Checkbox, Heading, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { STAGES, useChangeStage, type Lead, type LeadStage } from '../api/recruitment.ts';

/** One lead: where it stands, and moving it on. Joining asks for what the sign-up needs. */
export function LeadCard({ lead, canManage }: { lead: Lead; canManage: boolean }) {
  const { t } = useTranslation('recruitment');
  const change = useChangeStage();
  const [stage, setStage] = useState<LeadStage>(lead.stage);
  const [contactName, setContactName] = useState(lead.contactName);
  const [email, setEmail] = useState(lead.email);
  const [iban, setIban] = useState('');
  const [holder, setHolder] = useState(lead.name);
  const [terms, setTerms] = useState(false);
  const [kvk, setKvk] = useState(lead.kvkNumber ?? '');
  const id = `lead-${lead.id}`;
  const joining = stage === 'joined' && lead.stage !== 'joined';
  return (
    <article className="sp-lead" aria-labelledby={`${id}-name`}>
      <Heading level={3} id={`${id}-name`}>
        {lead.name}
      </Heading>
      <Paragraph>
        {t(`stages.${lead.stage}`)}
        {lead.route ? ` · ${lead.route.name}` : ''}
        {lead.wijk ? ` · ${lead.wijk.name}` : ''}
        {lead.nextStepOn ? ` · ${t('lead.nextStep', { date: lead.nextStepOn.split('-').reverse().join('-') })}` : ''}
        {` · ${t('lead.source', { source: lead.sourceName ?? lead.source })}`}
      </Paragraph>
      {lead.notes && <Paragraph>{lead.notes}</Paragraph>}
      {lead.applicationId && <Paragraph>{t('lead.signUpMade')}</Paragraph>}
      {canManage && lead.stage !== 'joined' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate({
              leadId: lead.id,
              body: {
                stage,
                version: lead.version,
                ...(joining
                  ? {
                      signUp: {
                        contactName,
                        email,
                        iban,
                        accountHolderName: holder,
                        termsAccepted: terms,
                        kvkNumber: kvk.trim(),
                      },
                    }
                  : {}),
              },
            });
          }}
        >
          <Field id={`${id}-stage`} label={t('lead.moveTo', { name: lead.name })}>
            <Select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value as LeadStage)}>
              {STAGES.map((s) => (
                <SelectOption key={s} value={s}>
                  {t(`stages.${s}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          {joining && (
            <fieldset className="sp-join">
              <legend>{t('join.legend')}</legend>
              <Field id={`${id}-contact`} label={t('join.contactName')}>
                <Textbox id={`${id}-contact`} value={contactName} onChange={(e) => setContactName(e.target.value)} />
              </Field>
              <Field id={`${id}-email`} label={t('join.email')}>
                <Textbox id={`${id}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
              </Field>
              <Field id={`${id}-kvk`} label={t('join.kvkNumber')}>
                <Textbox id={`${id}-kvk`} value={kvk} onChange={(e) => setKvk(e.target.value)} />
              </Field>
              <Field id={`${id}-iban`} label={t('join.iban')}>
                <Textbox id={`${id}-iban`} value={iban} onChange={(e) => setIban(e.target.value)} />
              </Field>
              <Field id={`${id}-holder`} label={t('join.accountHolderName')}>
                <Textbox id={`${id}-holder`} value={holder} onChange={(e) => setHolder(e.target.value)} />
              </Field>
              <div className="sp-checkbox">
                <Checkbox id={`${id}-terms`} checked={terms} onChange={(e) => setTerms(e.target.checked)} />
                <label htmlFor={`${id}-terms`}>{t('join.terms')}</label>
              </div>
            </fieldset>
          )}
          {change.isError && <ErrorMessage error={change.error} />}
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={change.isPending}
            disabled={change.isPending || stage === lead.stage}
          >
            {t('lead.move', { name: lead.name })}
          </Button>
        </form>
      )}
    </article>
  );
}
