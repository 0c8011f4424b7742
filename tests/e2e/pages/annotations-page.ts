import type { Locator, Page } from '@playwright/test';

export type ColourName = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

/** The annotations UI: selection toolbar, painted highlights and the sidebar. */
export class AnnotationsPage {
  readonly sidebar: Locator;
  readonly toolbar: Locator;
  readonly cards: Locator;
  readonly detached: Locator;
  readonly detachedItems: Locator;
  readonly undoToast: Locator;
  readonly alerts: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('complementary', { name: 'Highlights and notes' });
    this.toolbar = page.getByRole('toolbar', { name: 'Highlight the selected text' });
    this.cards = this.sidebar.locator('article.ann-card');
    this.detached = this.sidebar.getByRole('region', { name: /Detached/ });
    this.detachedItems = this.detached.locator('li.ann-detached-item');
    this.undoToast = page.getByRole('status').filter({ hasText: 'deleted' });
    this.alerts = page.getByRole('alert');
  }

  /** The sidebar card whose quote contains `text`. */
  card(text: string): Locator {
    return this.cards.filter({ has: this.page.locator('.ann-quote', { hasText: text }) });
  }

  /**
   * Selects exactly `quote` in the article, as a reader's drag would leave it: a DOM Range over
   * the text of the block(s) holding it, then the pointer released. `endQuote` selects from the
   * start of `quote` to the end of `endQuote` (across blocks).
   */
  async select(quote: string, endQuote?: string): Promise<void> {
    await this.page.evaluate(
      ([q, e]) => {
        const blocks = Array.from(document.querySelectorAll('[data-article-root] [data-block-start]'));
        const find = (text: string) => {
          for (const el of blocks) {
            const node = el.firstChild as Text | null;
            const at = node?.data.indexOf(text) ?? -1;
            if (node && at >= 0) return { node, at };
          }
          throw new Error(`"${text}" is not in any block`);
        };
        const a = find(q);
        const range = document.createRange();
        range.setStart(a.node, a.at);
        if (e) {
          const b = find(e);
          range.setEnd(b.node, b.at + e.length);
        } else range.setEnd(a.node, a.at + q.length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      },
      [quote, endQuote ?? null] as const,
    );
  }

  /** The toolbar's button for a colour ("Highlight Green: Key fact (2)"). */
  colourButton(colour: ColourName): Locator {
    const name = colour[0].toUpperCase() + colour.slice(1);
    return this.toolbar.getByRole('button', { name: new RegExp(`^Highlight ${name}\\b`) });
  }

  /** The text of every range painted in a colour's highlight, in document order. */
  painted(colour: ColourName | 'focus' | 'flash'): Promise<string[]> {
    return this.page.evaluate((name) => {
      const h = CSS.highlights.get(`lectern-${name}`);
      if (!h) return [];
      const ranges = [...(h as unknown as Set<Range>)];
      ranges.sort((x, y) => x.compareBoundaryPoints(Range.START_TO_START, y));
      return ranges.map((r) => r.toString());
    }, colour);
  }

  /** Clicks in the middle of the first occurrence of `text` in the article (no selection). */
  async clickText(text: string): Promise<void> {
    const box = await this.page.evaluate((t) => {
      for (const el of Array.from(document.querySelectorAll('[data-article-root] [data-block-start]'))) {
        const node = el.firstChild as Text | null;
        const at = node?.data.indexOf(t) ?? -1;
        if (node && at >= 0) {
          const r = document.createRange();
          r.setStart(node, at + Math.floor(t.length / 2));
          r.setEnd(node, at + Math.floor(t.length / 2) + 1);
          r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const rect = r.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      throw new Error(`"${t}" is not in the article`);
    }, text);
    await this.page.mouse.click(box.x, box.y);
  }

  /** Opens a card's note editor, types Markdown and tags, and saves. */
  async writeNote(card: Locator, markdown: string, tags: string[] = []): Promise<void> {
    const button = card.getByRole('button', { name: /^(Add|Edit) note$/ });
    if (await button.isVisible()) await button.click();
    await this.fillOpenEditor(card, markdown, tags);
  }

  /** Fills the note editor already open in a card and saves it. */
  async fillOpenEditor(card: Locator, markdown: string, tags: string[] = []): Promise<void> {
    const area = card.getByRole('textbox', { name: /^Note for/ });
    await area.fill(markdown);
    for (const tag of tags) {
      await card.getByLabel('Add a tag').fill(tag);
      await card.getByLabel('Add a tag').press('Enter');
    }
    await card.getByRole('button', { name: 'Save' }).click();
  }
}
