import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { ApiToken } from '../api/provider.ts';

export const revokeButtonId = (token: ApiToken) => `revoke-${token.id}`;

/** The provider's keys: name, when made, active or revoked, and "Intrekken" for active ones. */
export function ApiTokenTable({
  tokens,
  onRevoke,
  disabled,
}: {
  tokens: ApiToken[];
  onRevoke: (token: ApiToken) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation('provider');
  return (
    <TableScroll label={t('apiTokens.listTitle')}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('apiTokens.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('apiTokens.createdAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('table.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('apiTokens.action')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((token) => (
            <TableRow key={token.id}>
              <TableCell>{token.name}</TableCell>
              <TableCell>{formatDateTime(token.createdAt, i18n.language)}</TableCell>
              <TableCell>
                {token.revokedAt
                  ? t('apiTokens.revokedAt', { date: formatDateTime(token.revokedAt, i18n.language) })
                  : t('apiTokens.active')}
              </TableCell>
              <TableCell>
                {!token.revokedAt && (
                  <Button
                    id={revokeButtonId(token)}
                    appearance="secondary-action-button"
                    disabled={disabled}
                    aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                    onClick={() => onRevoke(token)}
                  >
                    {t('apiTokens.revoke')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
