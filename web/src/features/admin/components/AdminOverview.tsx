import { Heading, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ADMIN_GROUPS } from '../../../lib/feature.ts';
import { useNavEntries } from '../../../lib/nav-entries.ts';
import '../admin.css';

/**
 * Every part of Beheer the person may open, under a heading per kind of work: the main menu
 * keeps one link to here instead of some forty.
 */
export function AdminOverview() {
  const { t } = useTranslation('admin');
  const entries = useNavEntries('admin');
  const groups = ADMIN_GROUPS.map((group) => ({ group, entries: entries.filter((e) => e.group === group) })).filter(
    (g) => g.entries.length > 0,
  );
  if (groups.length === 0) return null;
  return (
    <nav aria-labelledby="admin-overview" className="sp-admin-overview">
      <Heading level={2} id="admin-overview">
        {t('admin.overview.title')}
      </Heading>
      <div className="sp-admin-overview__groups">
        {groups.map(({ group, entries: links }) => (
          <section key={group} aria-labelledby={`admin-group-${group}`}>
            <Heading level={3} id={`admin-group-${group}`}>
              {t(`admin.overview.groups.${group}`)}
            </Heading>
            <UnorderedList>
              {links.map((link) => (
                <UnorderedListItem key={link.to}>
                  <RouterLink to={link.to}>{link.label}</RouterLink>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
        ))}
      </div>
    </nav>
  );
}
