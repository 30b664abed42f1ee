import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useRedeemGiftCode } from '../api/gift-passes.ts';

/** /cadeau: a recipient activates a pass with the gift code they were given. */
export default function RedeemGiftCodePage() {
  const { t, i18n } = useTranslation('gift-passes');
  usePageTitle(t('redeem.title'));
  const session = useSession();
  const wijken = useWijken();
  const redeem = useRedeemGiftCode();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [wijkCode, setWijkCode] = useState('');

  if (session.isPending) return <Loading />;
  const isResident = session.data?.kind === 'resident';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    redeem.mutate(isResident ? { code } : { code, recipient: { name: name.trim(), email: email.trim(), wijkCode } });
  };

  if (redeem.data) {
    return (
      <>
        <Heading level={1}>{t('redeem.doneTitle')}</Heading>
        <Alert type="ok">
          <Paragraph>
            {t('redeem.done', {
              name: redeem.data.holderName,
              number: redeem.data.passNumber,
              until: formatDate(redeem.data.validUntil, i18n.language),
            })}
          </Paragraph>
        </Alert>
        <Paragraph>
          {isResident ? (
            <RouterLink to="/mijn-pas">{t('redeem.toMyPass')}</RouterLink>
          ) : (
            <RouterLink to="/inloggen">{t('redeem.logIn')}</RouterLink>
          )}
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading level={1}>{t('redeem.title')}</Heading>
      <Paragraph appearance="lead">{t('redeem.intro')}</Paragraph>
      <form onSubmit={submit} className="sp-form">
        <Field id="gift-code" label={t('redeem.code')} hint={t('redeem.codeHint')}>
          <Textbox
            id="gift-code"
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby="gift-code-hint"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </Field>
        {isResident ? (
          <Paragraph>{t('redeem.forYou')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('redeem.aboutYou')}</Paragraph>
            <Field id="gift-name" label={t('redeem.name')}>
              <Textbox
                id="gift-name"
                required
                autoComplete="name"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
            <Field id="gift-email" label={t('redeem.email')} hint={t('redeem.emailHint')}>
              <Textbox
                id="gift-email"
                type="email"
                required
                autoComplete="email"
                aria-describedby="gift-email-hint"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </Field>
            <Field id="gift-wijk" label={t('redeem.wijk')}>
              <Select id="gift-wijk" required value={wijkCode} onChange={(e) => setWijkCode(e.target.value)}>
                <SelectOption value="">{t('redeem.chooseWijk')}</SelectOption>
                {(wijken.data?.items ?? []).map((w) => (
                  <SelectOption key={w.code} value={w.code}>
                    {w.name}
                  </SelectOption>
                ))}
              </Select>
            </Field>
          </>
        )}
        <Button type="submit" appearance="primary-action-button" busy={redeem.isPending} disabled={redeem.isPending}>
          {t('redeem.submit')}
        </Button>
        {redeem.isError && <ErrorMessage error={redeem.error} />}
      </form>
      <Paragraph>
        <RouterLink to="/cadeau/bestellen">{t('redeem.forBusinesses')}</RouterLink>
      </Paragraph>
    </>
  );
}
