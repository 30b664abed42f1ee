const KEY = 'stadspas.afterLogin';

/**
 * Where the e-mail login link should open, when a page other than "Mijn pas" asked for the link
 * (e.g. the application form). Kept in localStorage, because the link is often opened in a new tab.
 * Only paths of this site are accepted.
 */
export function rememberAfterLogin(path: string) {
  try {
    localStorage.setItem(KEY, path);
  } catch {
    // Private mode without storage: the link opens "Mijn pas", as before.
  }
}

/** The remembered path, once: it is forgotten as it is read. */
export function takeAfterLogin(): string | null {
  try {
    const path = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
    return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
  } catch {
    return null;
  }
}
