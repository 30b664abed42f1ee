import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Link,
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
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useCode,
  useInterviewContacts,
  useInvitePanel,
  useNeeds,
  useNextRound,
  useOpenAnswers,
  usePanelResponse,
  useSurvey,
  useSurveyResults,
  useSurveyStatus,
  useUpdateSurvey,
  type AdminSurvey,
  type GroupBy,
  type SurveyQuestion,
} from '../api/feedback-admin.ts';
import { Figure } from '../components/Figure.tsx';
import { PeopleFigureNote } from '../../../components/PeopleFigure.tsx';

const KINDS = ['single', 'multiple', 'scale', 'open', 'wijk', 'age_band', 'household'] as const;

/** One survey: build it (draft), spread it per wijk (link and poster), results per group (rule of 10), coding, the panel. */
export default function SurveyPage() {
  const { surveyId = '' } = useParams();
  const { t } = useTranslation('feedback-admin');
  const survey = useSurvey(surveyId);
  usePageTitle(survey.data?.title ?? t('surveys.title'));
  if (survey.isPending) return <Loading />;
  if (survey.isError)
    return (
      <>
        <Heading level={1}>{t('surveys.title')}</Heading>
        <ErrorMessage error={survey.error} />
      </>
    );
  const s = survey.data;
  return (
    <>
      <Heading level={1}>{s.title}</Heading>
      <Paragraph>
        {t(`audiences.${s.audience}`)} · {t('surveys.round')} {s.round} · {t(`statuses.${s.status}`)} ·{' '}
        {t('survey.responses', { n: s.responses })}
      </Paragraph>
      <Questions survey={s} />
      <StatusButtons survey={s} />
      {s.status !== 'draft' && s.audience !== 'panel' && <Spread survey={s} />}
      {s.status !== 'draft' && s.audience === 'panel' && <Panel survey={s} />}
      {s.status !== 'draft' && <Results survey={s} />}
      {s.status !== 'draft' && <OpenAnswers survey={s} />}
      {s.status !== 'draft' && <InterviewContacts survey={s} />}
    </>
  );
}

function Questions({ survey }: { survey: AdminSurvey }) {
  const { t } = useTranslation('feedback-admin');
  const update = useUpdateSurvey(survey.id);
  const [kind, setKind] = useState<SurveyQuestion['kind']>('single');
  const [text, setText] = useState('');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);
  const [easeOfUse, setEaseOfUse] = useState(false);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const question: SurveyQuestion = {
      id: `v${survey.questions.length + 1}-${Math.random().toString(36).slice(2, 6)}`,
      kind,
      text: text.trim(),
      options:
        kind === 'single' || kind === 'multiple'
          ? options
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
      required,
      ...(kind === 'scale' && easeOfUse ? { indicator: 'ease_of_use' as const } : {}),
    };
    update.mutate(
      {
        title: survey.title,
        intro: survey.intro,
        audience: survey.audience,
        questions: [...survey.questions, question],
      },
      {
        onSuccess: () => {
          setText('');
          setOptions('');
        },
      },
    );
  };
  return (
    <section aria-labelledby="questions-title">
      <Heading level={2} id="questions-title">
        {t('survey.questions')}
      </Heading>
      {survey.questions.length === 0 ? (
        <Paragraph>{t('survey.noQuestions')}</Paragraph>
      ) : (
        <ol>
          {survey.questions.map((q) => (
            <li key={q.id}>
              {q.text} <span className="sp-muted">({t(`kinds.${q.kind}`)})</span>
              {q.options.length > 0 && `: ${q.options.join(', ')}`}
            </li>
          ))}
        </ol>
      )}
      {survey.status === 'draft' && (
        <form onSubmit={add} className="sp-form">
          <Heading level={3}>{t('survey.addQuestion')}</Heading>
          <Field id="question-kind" label={t('survey.kind')}>
            <Select id="question-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {KINDS.map((k) => (
                <SelectOption key={k} value={k}>
                  {t(`kinds.${k}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field id="question-text" label={t('survey.text')}>
            <Textbox
              id="question-text"
              required
              maxLength={500}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          {(kind === 'single' || kind === 'multiple') && (
            <Field id="question-options" label={t('survey.options')} hint={t('survey.optionsHint')}>
              <Textarea
                id="question-options"
                rows={4}
                aria-describedby="question-options-hint"
                value={options}
                onChange={(e) => setOptions(e.target.value)}
              />
            </Field>
          )}
          {kind === 'scale' && (
            <FormField type="checkbox">
              <Checkbox id="question-ease" checked={easeOfUse} onChange={(e) => setEaseOfUse(e.target.checked)} />
              <FormLabel htmlFor="question-ease" type="checkbox">
                {t('survey.easeOfUse')}
              </FormLabel>
            </FormField>
          )}
          <FormField type="checkbox">
            <Checkbox id="question-required" checked={required} onChange={(e) => setRequired(e.target.checked)} />
            <FormLabel htmlFor="question-required" type="checkbox">
              {t('survey.required')}
            </FormLabel>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" busy={update.isPending}>
            {t('survey.add')}
          </Button>
          {update.isError && <ErrorMessage error={update.error} />}
        </form>
      )}
    </section>
  );
}

function StatusButtons({ survey }: { survey: AdminSurvey }) {
  const { t } = useTranslation('feedback-admin');
  const status = useSurveyStatus(survey.id);
  const next = useNextRound(survey.id);
  const navigate = useNavigate();
  return (
    <>
      <ButtonGroup>
        {survey.status === 'draft' && (
          <Button appearance="primary-action-button" busy={status.isPending} onClick={() => status.mutate('open')}>
            {t('survey.open')}
          </Button>
        )}
        {survey.status === 'open' && (
          <Button appearance="secondary-action-button" busy={status.isPending} onClick={() => status.mutate('closed')}>
            {t('survey.close')}
          </Button>
        )}
        {survey.status !== 'draft' && (
          <Button
            appearance="secondary-action-button"
            busy={next.isPending}
            onClick={() =>
              next.mutate(undefined, { onSuccess: (round) => void navigate(`/beheer/vragenlijsten/${round.id}`) })
            }
          >
            {t('survey.nextRound')}
          </Button>
        )}
      </ButtonGroup>
      {status.isError && <ErrorMessage error={status.error} />}
      {next.isError && <ErrorMessage error={next.error} />}
    </>
  );
}

function Spread({ survey }: { survey: AdminSurvey }) {
  const { t } = useTranslation('feedback-admin');
  const wijken = useWijken();
  const origin = window.location.origin;
  return (
    <section aria-labelledby="spread-title">
      <Heading level={2} id="spread-title">
        {t('survey.spread')}
      </Heading>
      <Paragraph>{t('survey.spreadIntro')}</Paragraph>
      <UnorderedList>
        {wijken.data?.items.map((w) => (
          <UnorderedListItem key={w.code}>
            {w.name}: <code>{`${origin}${survey.publicPath}?wijk=${w.code}`}</code> ·{' '}
            <Link href={`/api/v1/admin/surveys/${survey.id}/poster.pdf?wijk=${w.code}`} download>
              {t('survey.poster', { wijk: w.name })}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

function Results({ survey }: { survey: AdminSurvey }) {
  const { t } = useTranslation('feedback-admin');
  const [by, setBy] = useState<GroupBy>('wijk');
  const results = useSurveyResults(survey.id, by, true);
  const data = results.data?.by === by ? results.data : undefined;
  const label = (q: SurveyQuestion, choice: string) =>
    q.kind === 'age_band' || q.kind === 'household' ? t(`groups.${choice}`, choice) : choice;
  const groupLabel = (key: string, text: string) =>
    key === 'unknown' ? t('groups.unknown') : by === 'wijk' ? text : t(`groups.${key}`, key);
  return (
    <section aria-labelledby="results-title">
      <Heading level={2} id="results-title">
        {t('results.title')}
      </Heading>
      <Paragraph>{t('results.rule')}</Paragraph>
      <PeopleFigureNote />
      <Field id="results-by" label={t('results.by')}>
        <Select id="results-by" value={by} onChange={(e) => setBy(e.target.value as GroupBy)}>
          {(['wijk', 'age_band', 'household'] as const).map((b) => (
            <SelectOption key={b} value={b}>
              {t(`results.byOptions.${b}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {!data && <Loading />}
      {results.isError && <ErrorMessage error={results.error} />}
      {data && (
        <>
          <TableScroll label={t('results.respondents')}>
            <Table>
              <TableCaption>{t('results.respondents')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t(`results.byOptions.${by}`)}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('results.people')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.groups.map((g) => (
                  <TableRow key={g.key}>
                    <TableHeaderCell scope="row">{groupLabel(g.key, g.label)}</TableHeaderCell>
                    <TableCell>
                      <Figure figure={data.respondents[g.key]} />
                    </TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableHeaderCell scope="row">{t('results.total')}</TableHeaderCell>
                  <TableCell>
                    <Figure figure={data.respondentsTotal} />
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </TableScroll>
          {data.questions
            .filter((r) => r.choices.length > 0)
            .map((r) => {
              const q = survey.questions.find((question) => question.id === r.questionId)!;
              return (
                <TableScroll key={r.questionId} label={q.text}>
                  <Table>
                    <TableCaption>{q.text}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('results.answer')}</TableHeaderCell>
                        {data.groups.map((g) => (
                          <TableHeaderCell key={g.key} scope="col">
                            {groupLabel(g.key, g.label)}
                          </TableHeaderCell>
                        ))}
                        <TableHeaderCell scope="col">{t('results.total')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {r.choices.map((c) => (
                        <TableRow key={c}>
                          <TableHeaderCell scope="row">{label(q, c)}</TableHeaderCell>
                          {data.groups.map((g) => (
                            <TableCell key={g.key}>
                              <Figure figure={r.cells[c]?.[g.key]} />
                            </TableCell>
                          ))}
                          <TableCell>
                            <Figure figure={r.choiceTotals[c]} />
                          </TableCell>
                        </TableRow>
                      ))}
                      {r.averages && (
                        <TableRow>
                          <TableHeaderCell scope="row">{t('results.average')}</TableHeaderCell>
                          {data.groups.map((g) => (
                            <TableCell key={g.key}>
                              <Figure figure={r.averages?.[g.key]} />
                            </TableCell>
                          ))}
                          <TableCell>
                            <Figure figure={r.average} />
                          </TableCell>
                        </TableRow>
                      )}
                    </TableBody>
                  </Table>
                </TableScroll>
              );
            })}
          {data.rounds.length > 1 && (
            <TableScroll label={t('results.rounds')}>
              <Table>
                <TableCaption>{t('results.rounds')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('surveys.round')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('results.respondents')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.rounds.map((round) => (
                    <TableRow key={round.surveyId}>
                      <TableHeaderCell scope="row">
                        {round.round}: {round.title}
                      </TableHeaderCell>
                      <TableCell>
                        <Figure figure={round.respondents} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}

/** The follow-up interview sign-ups (seed 001 §5): names and contacts, never with the answers. */
function InterviewContacts({ survey }: { survey: AdminSurvey }) {
  const { t } = useTranslation('feedback-admin');
  const contacts = useInterviewContacts(survey.id);
  return (
    <section aria-labelledby="interviews-title">
      <Heading level={2} id="interviews-title">
        {t('interviews.title')}
      </Heading>
      <Paragraph>{t('interviews.intro')}</Paragraph>
      {contacts.isPending && <Loading />}
      {contacts.isError && <ErrorMessage error={contacts.error} />}
      {contacts.data?.items.length === 0 && <Paragraph>{t('interviews.none')}</Paragraph>}
      {contacts.data && contacts.data.items.length > 0 && (
        <UnorderedList>
          {contacts.data.items.map((c) => (
            <UnorderedListItem key={c.id}>
              {c.name} · {c.contact} · {c.on.split('-').reverse().join('-')}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

function OpenAnswers({ survey }: { survey: AdminSurvey }) {
  const { t } = useTranslation('feedback-admin');
  const hasOpen = survey.questions.some((q) => q.kind === 'open');
  const answers = useOpenAnswers(survey.id, hasOpen);
  const needs = useNeeds();
  const code = useCode(survey.id);
  if (!hasOpen) return null;
  return (
    <section aria-labelledby="open-title">
      <Heading level={2} id="open-title">
        {t('open.title')}
      </Heading>
      <Paragraph>{t('open.intro')}</Paragraph>
      {answers.isPending && <Loading />}
      <UnorderedList>
        {answers.data?.items.slice(0, 50).map((a) => (
          <UnorderedListItem key={`${a.responseId}-${a.questionId}`}>
            <Paragraph>“{a.text}”</Paragraph>
            <Field id={`code-${a.responseId}-${a.questionId}`} label={t('open.need')}>
              <Select
                id={`code-${a.responseId}-${a.questionId}`}
                value={a.needIds[0] ?? ''}
                onChange={(e) =>
                  code.mutate({
                    responseId: a.responseId,
                    questionId: a.questionId,
                    needIds: e.target.value ? [e.target.value] : [],
                  })
                }
              >
                <SelectOption value="">{t('open.noNeed')}</SelectOption>
                {needs.data?.items.map((n) => (
                  <SelectOption key={n.id} value={n.id}>
                    {n.title}
                  </SelectOption>
                ))}
              </Select>
            </Field>
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {code.isError && <ErrorMessage error={code.error} />}
    </section>
  );
}

function Panel({ survey }: { survey: AdminSurvey }) {
  const { t } = useTranslation('feedback-admin');
  const invite = useInvitePanel(survey.id);
  const response = usePanelResponse(survey.id, true);
  const [size, setSize] = useState('50');
  const [group, setGroup] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({
      wijkCodes: [],
      targetGroups: group ? [group as 'regular' | 'low_income' | 'carer'] : [],
      size: Number(size),
    });
  };
  return (
    <section aria-labelledby="panel-title">
      <Heading level={2} id="panel-title">
        {t('panel.title')}
      </Heading>
      {survey.status === 'open' && (
        <form onSubmit={submit} className="sp-form">
          <Field id="panel-size" label={t('panel.size')} hint={t('panel.sizeHint')}>
            <Textbox
              id="panel-size"
              type="number"
              min={10}
              required
              aria-describedby="panel-size-hint"
              value={size}
              onChange={(e) => setSize(e.target.value)}
            />
          </Field>
          <Field id="panel-group" label={t('panel.group')}>
            <Select id="panel-group" value={group} onChange={(e) => setGroup(e.target.value)}>
              <SelectOption value="">{t('panel.allGroups')}</SelectOption>
              {(['regular', 'low_income', 'carer'] as const).map((g) => (
                <SelectOption key={g} value={g}>
                  {t(`targetGroups.${g}`)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Button type="submit" appearance="primary-action-button" busy={invite.isPending}>
            {t('panel.invite')}
          </Button>
          {invite.isSuccess && <Paragraph role="status">{t('panel.invited', { n: invite.data.invited })}</Paragraph>}
          {invite.isError && <ErrorMessage error={invite.error} />}
        </form>
      )}
      {response.data && (
        <Paragraph>
          {t('panel.invitedTotal')}: <Figure figure={response.data.invited} /> · {t('panel.responded')}:{' '}
          <Figure figure={response.data.responded} /> · {t('panel.rate')}:{' '}
          <Figure figure={response.data.responseRate} />
        </Paragraph>
      )}
    </section>
  );
}
