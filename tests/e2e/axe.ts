/**
 * Accessibility check for a view: axe-core's WCAG 2 A/AA rules on the page as it is now.
 * A failure lists each rule with the elements it found, so the fix is obvious from the report.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails the test when axe finds WCAG 2 A/AA violations in the page (or in `include`, a selector). */
export async function expectAccessible(page: Page, view: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`);
  expect(report, `axe found problems in ${view}`).toEqual([]);
}
