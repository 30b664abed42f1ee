import type { ComponentType, LazyExoticComponent } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { PerLanguage } from '../i18n/i18n.ts';

/** Which login page helps someone who may not open a page yet. */
export type LoginKind = 'resident' | 'staff';

/**
 * What a feature brings to the app (web/src/features/<feature>/feature.ts): its pages, its entries
 * in the menu and the footer, and its texts. web/src/app/features.ts lists the features; the
 * router, the layout and i18n assemble themselves from that list.
 */
export interface Feature {
  /** The feature's i18next namespace (its folder name): its pages pass it to useTranslation. */
  namespace: string;
  /**
   * Who the pages are for. 'public' (visitors and residents): texts in all six languages, which
   * test/web-i18n.test.ts checks key by key. 'staff' (the default): Dutch and English; the other
   * languages fall back to Dutch.
   */
  audience?: 'public' | 'staff';
  /** The feature's texts per language, loaded when a page of the feature first asks for them. */
  translations: PerLanguage<() => Promise<{ default: object }>>;
  routes: FeatureRoute[];
  nav?: NavEntry[];
}

export interface FeatureRoute {
  /** Path below the root, as React Router takes it (`kassa`, `beheer/tegoed/:schemeId`); `/` is the home page. */
  path: string;
  /** A lazy page: every page is its own chunk, so a slow connection loads only what is opened. */
  page: LazyExoticComponent<ComponentType>;
  /** Only for a session with this permission (a policy action of GET /sessions/current), and which login helps. */
  access?: { permission: string; login: LoginKind };
  /**
   * Asks for the page's data while its code and texts are still on their way: a page asks only
   * once it renders, one round trip later on a slow connection. The queries must be the page's own.
   */
  prefetch?: (queryClient: QueryClient, page: PageAddress) => void;
}

/** Where a page is: the parameters of its path (`:slug`) and its query string. */
export interface PageAddress {
  params: Readonly<Record<string, string | undefined>>;
  search: URLSearchParams;
}

export interface NavEntry {
  path: string;
  /**
   * The label in every language. It lives here, not in the feature's namespace: the menu is on
   * every page, and a page should not have to load the texts of every feature it links to.
   */
  label: PerLanguage<string>;
  /** Shown when the session has this permission; without one, to everybody. */
  permission?: string;
  /** Shown only to visitors who are not logged in (the login pages). */
  loggedOutOnly?: boolean;
  /** Place in its list: lower comes first. */
  order: number;
  /** The main menu (default) or the footer. */
  area?: 'menu' | 'footer';
  /**
   * A part of Beheer, listed under this heading on /beheer. For the pass organisation (who may
   * open /beheer) it is not in the main menu, which would otherwise hold some forty links; for
   * anyone else with its permission it stays there.
   */
  group?: AdminGroup;
}

/** The headings of the overview on /beheer, in their order. */
export const ADMIN_GROUPS = ['passes', 'offer', 'money', 'community', 'insight', 'messages'] as const;
export type AdminGroup = (typeof ADMIN_GROUPS)[number];
