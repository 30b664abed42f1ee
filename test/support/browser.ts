/**
 * Shared pieces of the browser tests: how Chromium is started, how the server is started with the
 * built web app, and the checks every page gets (one h1, zero axe violations for WCAG 2.1 A + AA).
 */
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import type { App } from '../../src/http/app-types.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const WAIT = { timeout: 20_000 };

/** Debian's chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The real server (API + built web app) on a free port; e-mail links point at it. */
export async function startServer(database: Database): Promise<{ app: App; baseURL: string }> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const app = await buildApp(database, config);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  // E-mail links point at this server (the config object is the one the app reads).
  config.publicUrl = address;
  return { app, baseURL: address };
}

/**
 * One test file's browser session: the real server on a free port and Chromium, with pages in
 * Dutch on Dutch time. `start` in beforeAll, `close` in afterAll (before the database is dropped).
 */
export class BrowserHarness {
  app!: App;
  baseURL = '';
  private browser: Browser | undefined;
  private readonly contexts: BrowserContext[] = [];
  private readonly cspViolations: string[] = [];

  async start(database: Database): Promise<{ app: App; baseURL: string }> {
    ({ app: this.app, baseURL: this.baseURL } = await startServer(database));
    this.browser = await launchChromium();
    return { app: this.app, baseURL: this.baseURL };
  }

  /** A page in a fresh context (its own cookies): one per person in a journey. */
  async newPage(
    options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
  ): Promise<Page> {
    const context = await this.browser!.newContext({
      baseURL: this.baseURL,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      ...(options.viewport ? { viewport: options.viewport } : {}),
      ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
    });
    this.contexts.push(context);
    const page = await context.newPage();
    // The server's Content-Security-Policy must never block the web app (src/http/security-headers.ts).
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.cspViolations.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  async close() {
    for (const context of this.contexts) await context.close().catch(() => {});
    await this.browser?.close();
    await this.app?.close();
    expect(this.cspViolations).toEqual([]);
  }
}

/** Logs a staff member in through the staff login page and waits until the page has moved on. */
export async function logInAsStaff(page: Page, email: string, password: string) {
  await page.goto('/medewerkers/inloggen');
  await h1(page, 'Inloggen voor medewerkers');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.includes('inloggen'), WAIT);
}

/**
 * Opens a part of Beheer as the pass organisation does: "Beheer" in the main menu, then the part
 * in the overview there (the main menu does not list the parts themselves for them).
 */
export async function openFromBeheer(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Alle onderdelen van beheer' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Waits until every "Even geduld" placeholder is gone. */
export async function settled(page: Page) {
  await expect.poll(() => page.locator('.sp-loading').count(), WAIT).toBe(0);
}

/** Waits for the page's h1 and checks that it is the only one. */
export async function h1(page: Page, name: string | RegExp) {
  try {
    await page.getByRole('heading', { level: 1, name }).waitFor(WAIT);
  } catch (error) {
    // Say what the page showed instead, so a failure in CI can be understood from its log alone.
    const shown = await page
      .locator('body')
      .innerText({ timeout: 2_000 })
      .catch(() => '(no body)');
    throw new Error(`No h1 "${String(name)}" on ${page.url()}; the page showed:\n${shown.slice(0, 1_500)}`, {
      cause: error,
    });
  }
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

/** Runs axe on pages and remembers which pages it checked, for the summary at the end. */
/** `screenshotPrefix` keeps the screenshots of different test files apart. */
export function createAxeChecker(screenshotPrefix = '') {
  const checkedPages: string[] = [];
  let axeMilliseconds = 0;

  /** Zero axe violations for WCAG 2.1 A + AA; prints them when there are any. */
  async function expectAccessible(page: Page, label: string) {
    await settled(page);
    // CI's PostgreSQL run of the browser flows sets STADSPAS_AXE=off: the DOM does not depend on the
    // engine, and its PGlite run checks every page with axe (.ci/run).
    if (process.env.STADSPAS_AXE === 'off') return;
    const started = performance.now();
    const results = await new AxeBuilder({ page })
      // options() replaces all options, so it comes before withTags (which sets runOnly).
      .options({ resultTypes: ['violations'] })
      .withTags(WCAG_TAGS)
      .setLegacyMode()
      .analyze();
    axeMilliseconds += performance.now() - started;
    checkedPages.push(`${label} (${new URL(page.url()).pathname})`);
    // STADSPAS_SCREENSHOTS=<folder> keeps a full-page screenshot of every checked page, for review.
    const folder = process.env.STADSPAS_SCREENSHOTS;
    if (folder)
      await page.screenshot({
        path: `${folder}/${screenshotPrefix}${String(checkedPages.length).padStart(2, '0')}-${label.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
    const report = results.violations.map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    );
    if (report.length > 0) console.error(`axe violations on ${label}:\n${report.join('\n')}`);
    expect(report, `axe violations on ${label}:\n${report.join('\n')}`).toEqual([]);
  }

  function summary() {
    if (checkedPages.length)
      console.info(
        `axe checked ${checkedPages.length} pages in ${Math.round(axeMilliseconds)} ms:\n  ${checkedPages.join('\n  ')}`,
      );
  }

  return { checkedPages, expectAccessible, summary };
}
