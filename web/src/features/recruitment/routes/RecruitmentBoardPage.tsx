import { useRef, useState } from 'react';
import { Button, ButtonGroup, Heading, Link, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { MapView } from '../../wijkkaart/components/MapView.tsx';
import {
  STAGES,
  posterUrl,
  useBoard,
  useGapMatrix,
  useLeadImport,
  useLeadMap,
  useLeads,
  wijkPosterUrl,
  type LeadStage,
} from '../api/recruitment.ts';
import { GapMatrixTable } from '../components/GapMatrixTable.tsx';
import { LeadCard } from '../components/LeadCard.tsx';
import { LeadForm, type LeadDraft } from '../components/LeadForm.tsx';
import '../recruitment.css';

/** "Werving": the gap matrix, the leads by stage, the wijk map, the CSV import and the posters. */
export default function RecruitmentBoardPage() {
  const { t } = useTranslation('recruitment');
  usePageTitle(t('board.title'));
  const session = useSession();
  const canManage = session.data?.permissions.includes('recruitment.manage') ?? false;
  const board = useBoard();
  const matrix = useGapMatrix();
  const map = useLeadMap();
  const [stage, setStage] = useState<LeadStage | ''>('');
  const leads = useLeads(stage ? { stage } : {});
  const [draft, setDraft] = useState<LeadDraft>({ routeId: '', wijkCode: '' });
  const formHeading = useRef<HTMLHeadingElement>(null);
  return (
    <div className="sp-recruitment">
      <Heading level={1}>{t('board.title')}</Heading>
      <Paragraph appearance="lead">{t('board.intro')}</Paragraph>
      {session.data?.permissions.includes('relationships.manage') && (
        <Paragraph>
          <RouterLink to="/beheer/stille-krachten">{t('stilleKrachten.link')}</RouterLink>
        </Paragraph>
      )}

      <section aria-labelledby="gaps-title">
        <Heading level={2} id="gaps-title">
          {t('gaps.title')}
        </Heading>
        {matrix.isPending && <Loading />}
        {matrix.isError && <ErrorMessage error={matrix.error} />}
        {matrix.data && (
          <GapMatrixTable
            matrix={matrix.data}
            onGap={(cell) => {
              setDraft(cell);
              formHeading.current?.focus();
            }}
          />
        )}
      </section>

      {board.data && <LeadForm ref={formHeading} board={board.data} draft={draft} onDraft={setDraft} />}

      <section aria-labelledby="leads-title">
        <Heading level={2} id="leads-title">
          {t('leads.title')}
        </Heading>
        <Field id="leads-stage" label={t('leads.show')}>
          <Select id="leads-stage" value={stage} onChange={(e) => setStage(e.target.value as LeadStage | '')}>
            <SelectOption value="">{t('leads.all')}</SelectOption>
            {STAGES.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`stages.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        {leads.isPending && <Loading />}
        {leads.isError && <ErrorMessage error={leads.error} />}
        {leads.data &&
          (leads.data.items.length === 0 ? (
            <Paragraph>{t('leads.none')}</Paragraph>
          ) : (
            leads.data.items.map((lead) => (
              <LeadCard key={`${lead.id}-${lead.version}`} lead={lead} canManage={canManage} />
            ))
          ))}
      </section>

      <section aria-labelledby="map-title">
        <Heading level={2} id="map-title">
          {t('map.title')}
        </Heading>
        <MapView locations={map.data} label={t('map.label')} />
      </section>

      {canManage && <ImportSection />}
      {canManage && board.data && (
        <section aria-labelledby="print-title">
          <Heading level={2} id="print-title">
            {t('print.title')}
          </Heading>
          <Paragraph>{t('print.intro')}</Paragraph>
          <ul className="sp-print-list">
            {board.data.routes.map((r) => (
              <li key={r.id}>
                {r.name}:{' '}
                <Link href={posterUrl(r.id, 'A3')} download>
                  {t('print.poster', { name: r.name })}
                </Link>{' '}
                ·{' '}
                <Link href={posterUrl(r.id, 'A5')} download>
                  {t('print.flyer', { name: r.name })}
                </Link>
              </li>
            ))}
            {board.data.wijken.map((w) => (
              <li key={w.code}>
                {w.name}:{' '}
                <Link href={wijkPosterUrl(w.code, 'A3')} download>
                  {t('print.poster', { name: w.name })}
                </Link>{' '}
                ·{' '}
                <Link href={wijkPosterUrl(w.code, 'A5')} download>
                  {t('print.flyer', { name: w.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ImportSection() {
  const { t } = useTranslation('recruitment');
  const send = useLeadImport();
  const [file, setFile] = useState<File | null>(null);
  return (
    <section aria-labelledby="import-title">
      <Heading level={2} id="import-title">
        {t('import.title')}
      </Heading>
      <Paragraph>{t('import.intro')}</Paragraph>
      <Field id="import-file" label={t('import.file')}>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className="utrecht-textbox"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </Field>
      <ButtonGroup>
        <Button disabled={!file || send.isPending} onClick={() => file && send.mutate({ file, dryRun: true })}>
          {t('import.check')}
        </Button>
        <Button
          appearance="primary-action-button"
          disabled={!file || send.isPending}
          onClick={() => file && send.mutate({ file, dryRun: false })}
        >
          {t('import.run')}
        </Button>
      </ButtonGroup>
      {send.isError && <ErrorMessage error={send.error} />}
      {send.data && (
        <div role="status">
          <Paragraph>
            {send.data.dryRun
              ? t('import.checked', { rows: send.data.rows, problems: send.data.problems.length })
              : t('import.done', { count: send.data.imported })}
          </Paragraph>
          {send.data.problems.length > 0 && (
            <ul>
              {send.data.problems.map((p) => (
                <li key={`${p.line}-${p.field}`}>
                  {t('import.problem', { line: p.line, field: p.field, reason: p.reason })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
