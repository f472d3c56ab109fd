/**
 * The suite's `test`: Playwright's, with a guard that fails a test on any console error or uncaught
 * exception in any page it opened (the presenter's style errors went unnoticed for weeks). A test that
 * provokes an error on purpose says which, in the open: `test.use({ allowedConsoleErrors: [/…/] })`.
 * Every spec imports `test` and `expect` from here (lint:deps forbids them from @playwright/test).
 */
import { test as base, expect, type Page } from '@playwright/test';

interface GuardOptions {
  /** Console errors this test expects (each matched by one of these); none by default. */
  allowedConsoleErrors: RegExp[];
}

export const test = base.extend<GuardOptions & { consoleGuard: void }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(`console.error at ${page.url()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`uncaught at ${page.url()}: ${e.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(errors.filter((e) => !allowedConsoleErrors.some((r) => r.test(e))), 'console errors while the test ran').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
