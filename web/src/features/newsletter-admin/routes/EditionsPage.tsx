import { useState, type FormEvent } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useBounces, useCompose, useEditions, type EditionInput } from '../api/editions.ts';

/** The editions of both newsletters, and a form to compose a new one from what is on the platform now. */
export default function EditionsPage() {
  const { t, i18n } = useTranslation('newsletter-admin');
  usePageTitle(t('list.title'));
  const editions = useEditions();
  const bounces = useBounces();
  const compose = useCompose();
  const navigate = useNavigate();
  const [audience, setAudience] = useState<EditionInput['audience']>('residents');
  const [title, setTitle] = useState('');
  const [intro, setIntro] = useState('');
  const [tips, setTips] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    compose.mutate(
      { audience, title, intro, tips },
      { onSuccess: (edition) => void navigate(`/beheer/nieuwsbrieven/${edition.id}`) },
    );
  };

  return (
    <>
      <Heading level={1}>{t('list.title')}</Heading>
      <Paragraph>{t('list.intro')}</Paragraph>
      <section aria-labelledby="nb-compose">
        <Heading level={2} id="nb-compose">
          {t('compose.title')}
        </Heading>
        <form onSubmit={submit} className="sp-form" aria-labelledby="nb-compose">
          <Field id="nb-audience" label={t('compose.audience')}>
            <Select
              id="nb-audience"
              value={audience}
              onChange={(e) => setAudience(e.target.value as EditionInput['audience'])}
            >
              <SelectOption value="residents">{t('audience.residents')}</SelectOption>
              <SelectOption value="providers">{t('audience.providers')}</SelectOption>
            </Select>
          </Field>
          <Field id="nb-title" label={t('compose.editionTitle')}>
            <Textbox id="nb-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field id="nb-intro" label={t('compose.intro')}>
            <Textarea id="nb-intro" rows={3} value={intro} onChange={(e) => setIntro(e.target.value)} />
          </Field>
          <Field id="nb-tips" label={t('compose.tips')}>
            <Textarea id="nb-tips" rows={3} value={tips} onChange={(e) => setTips(e.target.value)} />
          </Field>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={compose.isPending}
            disabled={compose.isPending}
          >
            {t('compose.submit')}
          </Button>
          {compose.isError && <ErrorMessage error={compose.error} />}
        </form>
      </section>
      <section aria-labelledby="nb-editions">
        <Heading level={2} id="nb-editions">
          {t('list.editions')}
        </Heading>
        {editions.isPending ? (
          <Loading />
        ) : editions.isError ? (
          <ErrorMessage error={editions.error} />
        ) : editions.data.items.length === 0 ? (
          <Paragraph>{t('list.none')}</Paragraph>
        ) : (
          <TableScroll label={t('list.editions')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('list.edition')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('compose.audience')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('list.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('figures.sent')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('figures.bounced')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('figures.unsubscribed')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {editions.data.items.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>
                      <RouterLink to={`/beheer/nieuwsbrieven/${e.id}`}>{e.title}</RouterLink>
                    </TableCell>
                    <TableCell>{t(`audience.${e.audience}`)}</TableCell>
                    <TableCell>
                      {t(`status.${e.status}`)}
                      {e.sentAt ? ` · ${formatDateTime(e.sentAt, i18n.language)}` : ''}
                    </TableCell>
                    <TableCell>{e.figures.sent}</TableCell>
                    <TableCell>{e.figures.bounced}</TableCell>
                    <TableCell>{e.figures.unsubscribed}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="nb-bounces">
        <Heading level={2} id="nb-bounces">
          {t('bounces.title')}
        </Heading>
        <Paragraph>{t('bounces.intro')}</Paragraph>
        {bounces.isPending ? (
          <Loading />
        ) : bounces.isError ? (
          <ErrorMessage error={bounces.error} />
        ) : bounces.data.items.length === 0 ? (
          <Paragraph>{t('bounces.none')}</Paragraph>
        ) : (
          <TableScroll label={t('bounces.title')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('bounces.address')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('compose.audience')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('bounces.code')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('bounces.when')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {bounces.data.items.map((b) => (
                  <TableRow key={b.subscriberId}>
                    <TableCell>{b.email ?? t('bounces.holder')}</TableCell>
                    <TableCell>{t(`audience.${b.audience}`)}</TableCell>
                    <TableCell>{b.status}</TableCell>
                    <TableCell>{formatDateTime(b.bouncedAt, i18n.language)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
