import { useState } from 'react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useHolderFile, type HolderFile } from '../api/holder-file.ts';
import { CorrectionForm } from '../components/CorrectionForm.tsx';
import { EraseSection } from '../components/EraseSection.tsx';
import { FileTable } from '../components/FileTable.tsx';
import { NoteForm } from '../components/NoteForm.tsx';
import { PassActions } from '../components/PassActions.tsx';
import { RenewSection, renewalText } from '../components/RenewSection.tsx';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Details({ file }: { file: HolderFile }) {
  const { t, i18n } = useTranslation('holder-file');
  const lang = i18n.language;
  const rows: [string, string][] = [
    [t('holderFile.fields.email'), file.email ?? t('holderFile.none')],
    [t('holderFile.fields.birthDate'), file.birthDate ? formatDate(file.birthDate, lang) : t('holderFile.none')],
    [t('holderFile.fields.wijkCode'), file.wijk?.name ?? t('holderFile.none')],
    [
      t('holderFile.fields.address'),
      file.address
        ? `${file.address.street} ${file.address.houseNumber}, ${file.address.postcode} ${file.address.city}`
        : t('holderFile.none'),
    ],
    [t('holderFile.fields.since'), formatDate(file.createdAt.slice(0, 10), lang)],
  ];
  return (
    <DataList>
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

function FileSections({ file }: { file: HolderFile }) {
  const { t, i18n } = useTranslation('holder-file');
  const lang = i18n.language;
  const [announcement, setAnnouncement] = useState('');
  const fieldName = (field: string) => t(`holderFile.fields.${field}`, { defaultValue: field });
  return (
    <>
      <Section id="details" title={t('holderFile.details')}>
        <Details file={file} />
      </Section>
      <Section id="passes" title={t('holderFile.passes.title')}>
        <FileTable
          caption={t('holderFile.passes.title')}
          rows={file.passes}
          rowKey={(p) => p.id}
          empty={t('holderFile.passes.empty')}
          columns={[
            { header: t('holderFile.passes.number'), cell: (p) => p.number },
            { header: t('holderFile.passes.category'), cell: (p) => t(`passCategory.${p.category}`) },
            {
              header: t('holderFile.passes.status'),
              cell: (p) => t(`passStatus.${p.status}`, { defaultValue: p.status }),
            },
            { header: t('holderFile.passes.validUntil'), cell: (p) => formatDate(p.validUntil, lang) },
            { header: t('holderFile.passes.parent'), cell: (p) => p.parentNumber ?? '' },
            { header: t('holderFile.passes.renewal'), cell: (p) => renewalText(p, t, lang) },
          ]}
        />
        <PassActions file={file} />
      </Section>
      <Section id="renew" title={t('holderFile.renew.title')}>
        <RenewSection file={file} />
      </Section>
      <Section id="household" title={t('holderFile.household.title')}>
        <FileTable
          caption={t('holderFile.household.title')}
          rows={file.household}
          rowKey={(m) => `${m.holderId}-${m.passNumber}`}
          empty={t('holderFile.household.empty')}
          columns={[
            {
              header: t('holderFile.household.name'),
              cell: (m) => <RouterLink to={`/beheer/pashouders/${m.holderId}`}>{m.name}</RouterLink>,
            },
            { header: t('holderFile.household.relation'), cell: (m) => t(`holderFile.household.${m.relation}`) },
            { header: t('holderFile.passes.number'), cell: (m) => m.passNumber },
            {
              header: t('holderFile.passes.status'),
              cell: (m) => t(`passStatus.${m.passStatus}`, { defaultValue: m.passStatus }),
            },
          ]}
        />
      </Section>
      <Section id="applications" title={t('holderFile.applications.title')}>
        <FileTable
          caption={t('holderFile.applications.title')}
          rows={file.applications}
          rowKey={(a) => a.id}
          empty={t('holderFile.applications.empty')}
          columns={[
            {
              header: t('holderFile.applications.submitted'),
              cell: (a) => (
                <RouterLink to={`/beheer/aanvragen/${a.id}`}>
                  {t('holderFile.applications.open', { date: formatDate(a.submittedAt.slice(0, 10), lang) })}
                </RouterLink>
              ),
            },
            {
              header: t('holderFile.applications.ground'),
              cell: (a) => t(`holderFile.applications.grounds.${a.ground}`),
            },
            { header: t('holderFile.applications.scheme'), cell: (a) => a.scheme?.title ?? '' },
            {
              header: t('holderFile.applications.status'),
              cell: (a) => t(`holderFile.applications.statuses.${a.status}`),
            },
            {
              header: t('holderFile.applications.decision'),
              cell: (a) =>
                a.decision
                  ? [
                      t('holderFile.applications.decided', {
                        by: a.decision.decidedBy,
                        date: formatDate(a.decision.decidedAt.slice(0, 10), lang),
                      }),
                      a.decision.reason,
                    ]
                      .filter(Boolean)
                      .join(': ')
                  : t('holderFile.applications.noDecision'),
            },
          ]}
        />
      </Section>
      <Section id="credit" title={t('holderFile.credit.title')}>
        <FileTable
          caption={t('holderFile.credit.title')}
          rows={file.credit}
          rowKey={(c) => `${c.passNumber}-${c.schemeName}`}
          empty={t('holderFile.credit.empty')}
          columns={[
            { header: t('holderFile.credit.scheme'), cell: (c) => c.schemeName },
            { header: t('holderFile.passes.number'), cell: (c) => c.passNumber },
            { header: t('holderFile.credit.balance'), cell: (c) => formatMoney(c.balanceCents, lang) },
            { header: t('holderFile.passes.validUntil'), cell: (c) => formatDate(c.validUntil, lang) },
          ]}
        />
      </Section>
      <Section id="redemptions" title={t('holderFile.redemptions.title')}>
        <FileTable
          caption={t('holderFile.redemptions.title')}
          rows={file.redemptions}
          rowKey={(r) => r.id}
          empty={t('holderFile.redemptions.empty')}
          columns={[
            { header: t('holderFile.redemptions.when'), cell: (r) => formatDateTime(r.at, lang) },
            { header: t('holderFile.redemptions.offer'), cell: (r) => r.offerTitle },
            { header: t('holderFile.redemptions.provider'), cell: (r) => r.providerName },
            {
              header: t('holderFile.redemptions.price'),
              cell: (r) =>
                `${formatMoney(r.priceCents, lang)}${r.cancelled ? ` (${t('holderFile.redemptions.cancelled')})` : ''}`,
            },
          ]}
        />
      </Section>
      <Section id="messages" title={t('holderFile.messages.title')}>
        <FileTable
          caption={t('holderFile.messages.title')}
          rows={file.messages}
          rowKey={(m) => m.id}
          empty={t('holderFile.messages.empty')}
          columns={[
            { header: t('holderFile.redemptions.when'), cell: (m) => formatDateTime(m.createdAt, lang) },
            { header: t('holderFile.messages.subject'), cell: (m) => m.subject },
          ]}
        />
      </Section>
      <Section id="notes" title={t('holderFile.notes.title')}>
        <FileTable
          caption={t('holderFile.notes.title')}
          rows={file.notes}
          rowKey={(n) => n.id}
          empty={t('holderFile.notes.none')}
          columns={[
            { header: t('holderFile.redemptions.when'), cell: (n) => formatDateTime(n.createdAt, lang) },
            { header: t('holderFile.notes.by'), cell: (n) => n.writtenBy },
            { header: t('holderFile.notes.note'), cell: (n) => n.body },
          ]}
        />
        <NoteForm holderId={file.id} />
      </Section>
      <Section id="correct" title={t('holderFile.correct.title')}>
        <Paragraph>{t('holderFile.correct.intro')}</Paragraph>
        <div role="status" aria-live="polite">
          {announcement}
        </div>
        <CorrectionForm key={file.audit.length} file={file} onDone={setAnnouncement} />
      </Section>
      <Section id="audit" title={t('holderFile.audit.title')}>
        <FileTable
          caption={t('holderFile.audit.title')}
          rows={file.audit}
          rowKey={(a) => a.id}
          empty={t('holderFile.audit.empty')}
          columns={[
            { header: t('holderFile.redemptions.when'), cell: (a) => formatDateTime(a.at, lang) },
            { header: t('holderFile.notes.by'), cell: (a) => a.by },
            {
              header: t('holderFile.audit.action'),
              cell: (a) => t(`holderFile.audit.actions.${a.action}`, { defaultValue: a.action }),
            },
            {
              header: t('holderFile.audit.changes'),
              cell: (a) =>
                a.changes
                  .map((c) => {
                    const show = (v: string | null) =>
                      v === null
                        ? t('holderFile.none')
                        : c.field === 'validUntil'
                          ? formatDate(v, lang)
                          : c.field === 'status'
                            ? t(`passStatus.${v}`, { defaultValue: v })
                            : c.field === 'reason'
                              ? t(`holderFile.passActions.reasons.${v}`, { defaultValue: v })
                              : v;
                    // A correction shows before and after; a renewal's payment and pass, or a block's reason, only what they are.
                    const arrow = c.from !== null || a.action === 'details.corrected';
                    return `${fieldName(c.field)}: ${arrow ? `${show(c.from)} → ` : ''}${show(c.to)}`;
                  })
                  .join('; '),
            },
          ]}
        />
      </Section>
      <Section id="erase" title={t('holderFile.erase.title')}>
        <EraseSection file={file} />
      </Section>
    </>
  );
}

/** /beheer/pashouders/:holderId: everything the pass organisation holds about one holder. */
export default function HolderFilePage() {
  const { t } = useTranslation('holder-file');
  const { holderId = '' } = useParams();
  const file = useHolderFile(holderId);
  usePageTitle(file.data ? t('holderFile.title', { name: file.data.name }) : t('holderFile.heading'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer/pashouders">{t('holderFile.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>
        {file.data ? t('holderFile.title', { name: file.data.name }) : t('holderFile.heading')}
      </Heading>
      {file.isPending && <Loading />}
      {file.isError && <ErrorMessage error={file.error} />}
      {file.data && <FileSections file={file.data} />}
    </>
  );
}
