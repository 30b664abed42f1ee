import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll.tsx';
import type { GapMatrix } from '../api/recruitment.ts';

/** Route × wijk: live offers per cell. A gap has a button that starts a lead for that route and wijk. */
export function GapMatrixTable({
  matrix,
  onGap,
}: {
  matrix: GapMatrix;
  onGap: (cell: { routeId: string; wijkCode: string }) => void;
}) {
  const { t } = useTranslation('recruitment');
  const cell = (routeId: string, wijkCode: string) =>
    matrix.cells.find((c) => c.routeId === routeId && c.wijkCode === wijkCode);
  return (
    <>
      <Paragraph>{t('gaps.summary', { count: matrix.gaps })}</Paragraph>
      <TableScroll label={t('gaps.title')}>
        <Table className="sp-gap-matrix">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('gaps.route')}</TableHeaderCell>
              {matrix.wijken.map((w) => (
                <TableHeaderCell key={w.code} scope="col">
                  {w.name}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {matrix.routes.map((route) => (
              <TableRow key={route.id}>
                <TableHeaderCell scope="row">{route.name}</TableHeaderCell>
                {matrix.wijken.map((wijk) => {
                  const c = cell(route.id, wijk.code);
                  if (!c) return <TableCell key={wijk.code}>–</TableCell>;
                  return (
                    <TableCell key={wijk.code} className={c.gap ? 'sp-gap' : undefined}>
                      {c.gap ? (
                        <>
                          <span>{t('gaps.none')}</span>
                          {c.openLeads > 0 && <span> · {t('gaps.leads', { count: c.openLeads })}</span>}{' '}
                          <Button
                            appearance="subtle-button"
                            aria-label={t('gaps.addLead', { route: route.name, wijk: wijk.name })}
                            onClick={() => onGap({ routeId: route.id, wijkCode: wijk.code })}
                          >
                            {t('gaps.add')}
                          </Button>
                        </>
                      ) : (
                        t('gaps.offers', { count: c.offers })
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}
