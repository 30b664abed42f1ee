import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, type LanguageCode } from '../i18n/i18n.ts';
import type { AdminGroup, NavEntry } from './feature.ts';
import { hasPermission, isLoggedIn, useSession } from './session.ts';

/**
 * Every feature's menu and footer entries. The app shell provides them (it knows the features);
 * a page that lists entries, as /beheer does, reads them here without importing the features.
 */
export const NavEntriesContext = createContext<NavEntry[]>([]);

/** Who may open /beheer, where the parts of Beheer are listed instead of in the main menu. */
export const ADMIN_OVERVIEW_PERMISSION = 'admin.read';

export interface VisibleEntry {
  to: string;
  label: string;
  group: AdminGroup | undefined;
}

/**
 * The entries of `area` the current session may see, in their order. 'menu' leaves out the parts
 * of Beheer for those who see them on /beheer; 'admin' is those parts.
 */
export function useNavEntries(area: 'menu' | 'footer' | 'admin'): VisibleEntry[] {
  const { i18n } = useTranslation();
  const entries = useContext(NavEntriesContext);
  const session = useSession();
  const loggedIn = isLoggedIn(session.data);
  const onOverview = hasPermission(session.data, ADMIN_OVERVIEW_PERMISSION);
  const language: LanguageCode = isLanguageCode(i18n.language) ? i18n.language : 'nl';
  const inArea = (entry: NavEntry) => {
    if (area === 'admin') return !!entry.group;
    if ((entry.area ?? 'menu') !== area) return false;
    return !(area === 'menu' && entry.group && onOverview);
  };
  return entries
    .filter(inArea)
    .filter((entry) => !(entry.loggedOutOnly && loggedIn))
    .filter((entry) => !entry.permission || hasPermission(session.data, entry.permission))
    .sort((a, b) => a.order - b.order)
    .map((entry) => ({ to: entry.path, label: entry.label[language] ?? entry.label.nl, group: entry.group }));
}
