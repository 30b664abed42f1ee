import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** "Vorige / Pagina 2 van 5 / Volgende" for a paged list. */
/** Where a paged list is: the `page` object every list operation returns. */
interface PagePosition {
  page: number;
  totalPages: number;
}

export function Pager({
  page,
  onChange,
  label,
}: {
  page: PagePosition;
  onChange: (page: number) => void;
  label: string;
}) {
  const { t } = useTranslation();
  if (page.totalPages <= 1) return null;
  return (
    <nav aria-label={label} className="sp-pager">
      <Button appearance="secondary-action-button" disabled={page.page <= 1} onClick={() => onChange(page.page - 1)}>
        {t('paging.previous')}
      </Button>
      <Paragraph className="sp-pager__status">
        {t('paging.status', { page: page.page, total: page.totalPages })}
      </Paragraph>
      <Button
        appearance="secondary-action-button"
        disabled={page.page >= page.totalPages}
        onClick={() => onChange(page.page + 1)}
      >
        {t('paging.next')}
      </Button>
    </nav>
  );
}
