import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCreateSurvey, useSurveys } from '../api/feedback-admin.ts';

/** "Vragenlijsten": every survey with its round and responses, and a new one. */
export default function SurveysPage() {
  const { t } = useTranslation('feedback-admin');
  usePageTitle(t('surveys.title'));
  const surveys = useSurveys();
  const create = useCreateSurvey();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<'residents' | 'providers' | 'panel'>('residents');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title: title.trim(), intro: '', audience, questions: [] },
      { onSuccess: (survey) => void navigate(`/beheer/vragenlijsten/${survey.id}`) },
    );
  };
  return (
    <>
      <Heading level={1}>{t('surveys.title')}</Heading>
      <Paragraph>{t('surveys.intro')}</Paragraph>
      {surveys.isPending && <Loading />}
      {surveys.isError && <ErrorMessage error={surveys.error} />}
      {surveys.data && (
        <TableScroll label={t('surveys.title')}>
          <Table>
            <TableCaption className="sp-visually-hidden">{t('surveys.title')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('surveys.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('surveys.audience')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('surveys.round')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('surveys.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('surveys.responses')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {surveys.data.items.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>
                    <RouterLink to={`/beheer/vragenlijsten/${s.id}`}>{s.title}</RouterLink>
                  </TableCell>
                  <TableCell>{t(`audiences.${s.audience}`)}</TableCell>
                  <TableCell>{s.round}</TableCell>
                  <TableCell>{t(`statuses.${s.status}`)}</TableCell>
                  <TableCell>{s.responses}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Heading level={2}>{t('surveys.new')}</Heading>
      <form onSubmit={submit} className="sp-form">
        <Field id="survey-title" label={t('surveys.name')}>
          <Textbox
            id="survey-title"
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <Field id="survey-audience" label={t('surveys.audience')}>
          <Select
            id="survey-audience"
            value={audience}
            onChange={(e) => setAudience(e.target.value as typeof audience)}
          >
            {(['residents', 'providers', 'panel'] as const).map((a) => (
              <SelectOption key={a} value={a}>
                {t(`audiences.${a}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
          {t('surveys.create')}
        </Button>
        {create.isError && <ErrorMessage error={create.error} />}
      </form>
    </>
  );
}
