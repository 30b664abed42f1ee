import { useState } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PeopleFigure, PeopleFigureNote } from '../../../components/PeopleFigure.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { MapView } from '../../wijkkaart/components/MapView.tsx';
import { useBuurtReach, useKansenkaart, type Kansenkaart } from '../api/insight.ts';
import { YearSelect, yearFrom } from '../components/YearSelect.tsx';
import '../insight.css';

const STATUSES = ['idea', 'planned', 'running', 'evaluated'] as const;

/** The kansenkaart of an opgave: the map and reach of its target group per wijk (and buurt), and the board of opportunities. */
export default function KansenkaartPage() {
  const { t } = useTranslation('insight');
  const { goalId = '' } = useParams();
  const [params, setParam] = useSearchParamSetter();
  const year = yearFrom(params);
  const kaart = useKansenkaart(goalId, year);
  usePageTitle(kaart.data ? t('kaart.title', { name: kaart.data.goal.name }) : t('kaart.loading'));

  return (
    <>
      <Paragraph>
        <RouterLink to="/beleid">{t('back')}</RouterLink>
      </Paragraph>
      {kaart.isPending && (
        <>
          <Heading level={1}>{t('kaart.loading')}</Heading>
          <Loading />
        </>
      )}
      {kaart.isError && (
        <>
          <Heading level={1}>{t('kaart.loading')}</Heading>
          <ErrorMessage error={kaart.error} />
        </>
      )}
      {kaart.data && (
        <>
          <Heading level={1}>{t('kaart.title', { name: kaart.data.goal.name })}</Heading>
          <Paragraph appearance="lead">{kaart.data.goal.description}</Paragraph>
          <Paragraph>{t('kaart.targetGroup', { group: t(`group.${kaart.data.goal.targetGroup}`) })}</Paragraph>
          <YearSelect year={year} onChange={(y) => setParam('jaar', String(y))} />
          <MapView locations={undefined} label={t('kaart.mapLabel', { name: kaart.data.goal.name })} />
          <Reach goalId={goalId} year={year} kaart={kaart.data} />
          <Board kaart={kaart.data} />
        </>
      )}
    </>
  );
}

function Reach({ goalId, year, kaart }: { goalId: string; year: number; kaart: Kansenkaart }) {
  const { t } = useTranslation('insight');
  const [wijk, setWijk] = useState<string | undefined>();
  const chosen = kaart.wijken.find((w) => w.wijkCode === wijk);
  return (
    <section aria-labelledby="reach-heading">
      <Heading level={2} id="reach-heading">
        {t('kaart.reach')}
      </Heading>
      <Paragraph>{t('kaart.reachIntro')}</Paragraph>
      <PeopleFigureNote />
      <TableScroll label={t('kaart.reach')}>
        <Table>
          <TableCaption>{t('kaart.reachCaption', { year })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('dashboard.wijk')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kaart.population')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kaart.estimate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kaart.reached')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kaart.percent')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kaart.offersPer1000')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kaart.buurten')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {kaart.wijken.map((w) => (
              <TableRow key={w.wijkCode}>
                <TableHeaderCell scope="row">{w.wijkName}</TableHeaderCell>
                <TableCell>{w.population.toLocaleString('nl-NL')}</TableCell>
                <TableCell>
                  {w.estimatedGroupSize === null ? (
                    <span className="sp-muted">{t('kaart.noEstimate')}</span>
                  ) : (
                    w.estimatedGroupSize.toLocaleString('nl-NL')
                  )}
                </TableCell>
                <TableCell>
                  <PeopleFigure figure={w.holdersReached} />
                </TableCell>
                <TableCell>
                  {w.estimatedGroupSize === null && !w.holdersReached.suppressed ? (
                    <span className="sp-muted">{t('kaart.noEstimate')}</span>
                  ) : (
                    <PeopleFigure figure={w.reachPercent} format={(v) => `${v.toLocaleString('nl-NL')}%`} />
                  )}
                </TableCell>
                <TableCell>{w.offersPer1000.toLocaleString('nl-NL')}</TableCell>
                <TableCell>
                  <Button
                    appearance="subtle-button"
                    aria-pressed={wijk === w.wijkCode}
                    onClick={() => setWijk(wijk === w.wijkCode ? undefined : w.wijkCode)}
                  >
                    {t('kaart.perBuurt', { wijk: w.wijkName })}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      {chosen && <Buurten goalId={goalId} year={year} wijkCode={chosen.wijkCode} wijkName={chosen.wijkName} />}
    </section>
  );
}

function Buurten({
  goalId,
  year,
  wijkCode,
  wijkName,
}: {
  goalId: string;
  year: number;
  wijkCode: string;
  wijkName: string;
}) {
  const { t } = useTranslation('insight');
  const buurten = useBuurtReach(goalId, wijkCode, year);
  return (
    <section aria-labelledby="buurten-heading" aria-live="polite">
      <Heading level={3} id="buurten-heading">
        {t('kaart.buurtenOf', { wijk: wijkName })}
      </Heading>
      {buurten.isPending && <Loading />}
      {buurten.isError && <ErrorMessage error={buurten.error} />}
      {buurten.data && !buurten.data.shown && <Paragraph>{t('kaart.buurtenHidden')}</Paragraph>}
      {buurten.data?.shown && (
        <TableScroll label={t('kaart.buurtenOf', { wijk: wijkName })}>
          <Table>
            <TableCaption>{t('kaart.buurtenOf', { wijk: wijkName })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('kaart.buurt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('kaart.reached')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {buurten.data.buurten.map((b) => (
                <TableRow key={b.buurtCode}>
                  <TableHeaderCell scope="row">{b.buurtName}</TableHeaderCell>
                  <TableCell>
                    <PeopleFigure figure={b.holdersReached} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function Board({ kaart }: { kaart: Kansenkaart }) {
  const { t } = useTranslation('insight');
  return (
    <section aria-labelledby="board-heading">
      <Heading level={2} id="board-heading">
        {t('kaart.board')}
      </Heading>
      <Paragraph>{t('kaart.boardIntro')}</Paragraph>
      <div className="sp-board">
        {STATUSES.map((status) => {
          const items = kaart.opportunities.filter((o) => o.status === status);
          return (
            <section key={status} aria-labelledby={`board-${status}`} className="sp-card">
              <Heading level={3} id={`board-${status}`}>
                {t(`status.${status}`)} ({items.length})
              </Heading>
              {items.length === 0 ? (
                <Paragraph className="sp-meta">{t('kaart.none')}</Paragraph>
              ) : (
                <UnorderedList>
                  {items.map((o) => (
                    <UnorderedListItem key={o.id}>
                      <strong>{o.title}</strong> — {t('kaart.owner', { name: o.ownerName })}
                      {o.links.length > 0 && (
                        <span className="sp-meta"> · {t('kaart.links', { count: o.links.length })}</span>
                      )}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </section>
          );
        })}
      </div>
      <Heading level={3}>{t('kaart.tags')}</Heading>
      {kaart.tags.length === 0 ? (
        <Paragraph className="sp-meta">{t('kaart.none')}</Paragraph>
      ) : (
        <UnorderedList>
          {kaart.tags.map((tag) => (
            <UnorderedListItem key={`${tag.type}-${tag.id}`}>
              {t(`tag.${tag.type}`)}: {tag.name ?? '—'}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
