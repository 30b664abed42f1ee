import { useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useApply, useMyApplications, usePassSchemes, type NewApplication } from '../api/applications.ts';
import { ApplicantLinkForm } from '../components/ApplicantLinkForm.tsx';
import { EvidencePicker, tooBig } from '../components/EvidencePicker.tsx';
import { HouseholdFields, newRow, type Household } from '../components/HouseholdFields.tsx';

const GROUNDS = ['minimum', 'carer'] as const;

/** "Gratis Zaanse Pas aanvragen": for the resident and their household, with evidence. */
export default function ApplyPage() {
  const { t } = useTranslation('applications');
  usePageTitle(t('apply.title'));
  const session = useSession();
  const kind = session.data?.kind ?? 'anonymous';

  return (
    <>
      <Heading level={1}>{t('apply.title')}</Heading>
      <Paragraph>{t('apply.intro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('apply.whoMinimum')}</UnorderedListItem>
        <UnorderedListItem>{t('apply.whoCarer')}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>{t('apply.evidenceIntro')}</Paragraph>
      {session.isPending ? (
        <Loading />
      ) : kind === 'resident' ? (
        <ResidentApplication />
      ) : kind === 'anonymous' ? (
        <ApplicantLinkForm />
      ) : (
        <Paragraph>{t('apply.staffCannotApply')}</Paragraph>
      )}
    </>
  );
}

function ResidentApplication() {
  const { t } = useTranslation('applications');
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  const mine = useMyApplications();
  const schemes = usePassSchemes();
  const apply = useApply();
  const [schemeId, setSchemeId] = useState<string | null>(null);
  const [ground, setGround] = useState<(typeof GROUNDS)[number]>('minimum');
  const [birthDate, setBirthDate] = useState('');
  const [explanation, setExplanation] = useState('');
  const [household, setHousehold] = useState<Household>({ withPartner: false, partner: newRow(), children: [] });
  const [files, setFiles] = useState<File[]>([]);

  if (mine.isPending) return <Loading />;
  if (mine.isError) return <ErrorMessage error={mine.error} />;
  const open = mine.data.items.find((a) => a.status === 'submitted' || a.status === 'information_requested');
  if (open)
    return (
      <Paragraph>
        {t('apply.alreadyOpen')} <RouterLink to="/mijn-aanvraag">{t('apply.toMyApplication')}</RouterLink>
      </Paragraph>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooBig(files).length > 0) return;
    const members: NewApplication['household'] = [
      ...(household.withPartner
        ? [
            {
              relation: 'partner' as const,
              name: household.partner.name.trim(),
              birthDate: household.partner.birthDate,
            },
          ]
        : []),
      ...household.children.map((c) => ({ relation: 'child' as const, name: c.name.trim(), birthDate: c.birthDate })),
    ];
    const chosen = schemeId ?? schemes.data?.[0]?.id;
    const application: NewApplication = {
      ground,
      ...(chosen ? { schemeId: chosen } : {}),
      household: members,
      ...(birthDate ? { applicantBirthDate: birthDate } : {}),
      ...(explanation.trim() ? { explanation: explanation.trim() } : {}),
    };
    apply.mutate({ application, files }, { onSuccess: () => navigate('/mijn-aanvraag') });
  };

  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="apply-form-heading">
      <Heading level={2} id="apply-form-heading">
        {t('apply.formTitle')}
      </Heading>
      <Fieldset>
        <FieldsetLegend>{t('apply.ground')}</FieldsetLegend>
        {GROUNDS.map((value) => (
          <FormField key={value} type="radio">
            <RadioButton
              id={`ground-${value}`}
              name="ground"
              value={value}
              checked={ground === value}
              onChange={() => setGround(value)}
            />
            <FormLabel htmlFor={`ground-${value}`} type="radio">
              {t(`ground.${value}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      {schemes.data && schemes.data.length > 0 && (
        <Fieldset aria-describedby="scheme-hint">
          <FieldsetLegend>{t('apply.scheme')}</FieldsetLegend>
          <Paragraph id="scheme-hint">{t('apply.schemeHint')}</Paragraph>
          {schemes.data.map((s, i) => (
            <FormField key={s.id} type="radio">
              <RadioButton
                id={`scheme-${s.id}`}
                name="scheme"
                value={s.id}
                checked={(schemeId ?? schemes.data[0]!.id) === s.id}
                onChange={() => setSchemeId(s.id)}
                data-first={i === 0 || undefined}
              />
              <FormLabel htmlFor={`scheme-${s.id}`} type="radio">
                {s.title}:{' '}
                {s.passPriceCents === 0
                  ? t('price.free')
                  : t('price.perPass', { price: formatMoney(s.passPriceCents, i18n.language) })}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
      )}
      <Field id="apply-birth" label={t('apply.ownBirthDate')}>
        <Textbox id="apply-birth" type="date" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />
      </Field>
      <HouseholdFields value={household} onChange={setHousehold} />
      <Field id="apply-explanation" label={t('apply.explanation')} hint={t('apply.explanationHint')}>
        <Textarea
          id="apply-explanation"
          maxLength={2000}
          aria-describedby="apply-explanation-hint"
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </Field>
      <EvidencePicker id="apply-evidence" files={files} onChange={setFiles} label={t('evidence.label')} />
      <Paragraph>{t('apply.privacy')}</Paragraph>
      <Button type="submit" appearance="primary-action-button" busy={apply.isPending} disabled={apply.isPending}>
        {t('apply.submit')}
      </Button>
      {apply.isError && <ErrorMessage error={apply.error} />}
    </form>
  );
}
