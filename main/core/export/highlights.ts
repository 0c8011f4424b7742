/**
 * Which highlights an export shows, in what order and under which headings. Pure
 * planning: no Markdown is written here.
 */
import { COLOURS, type Article, type AnnotationView, type Colour, type ExportOptions, type Settings } from '../../contract.js';

export type PlannedHighlight = {
  view: AnnotationView;
  /** The passage as the reader sees it now (the stored quote when detached). */
  quote: string;
  detached: boolean;
  meaning: string;
};

export type PlannedSection = { heading: string; highlights: PlannedHighlight[] };

/** Headings the exporter writes itself; a colour meaning with one of these names gets its colour added. */
export const DETACHED_HEADING = 'Detached';
export const HIGHLIGHTS_HEADING = 'Highlights';
export const REMOVED_HEADING = 'Removed';
export const ARTICLE_NOTE_HEADING = 'Article note';
const RESERVED = new Set([DETACHED_HEADING, HIGHLIGHTS_HEADING, REMOVED_HEADING, ARTICLE_NOTE_HEADING].map((h) => h.toLowerCase()));

type Legend = Settings['colourLegend'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** What a colour means to this reader, from the legend; the colour's own name when unset. */
export function colourMeaning(colour: Colour, legend: Legend): string {
  const meaning = legend.find((entry) => entry.colour === colour)?.meaning.trim();
  return meaning ? meaning : capitalise(colour);
}

function isDetached(view: AnnotationView, text: string): boolean {
  const { status, start, end } = view.anchor;
  return status === 'detached' || start === null || end === null || start < 0 || end > text.length || end <= start;
}

/** Position in the current text, then creation time, then id: a total order, so exports are stable. */
function byDocumentOrder(a: PlannedHighlight, b: PlannedHighlight): number {
  const pos = (h: PlannedHighlight): [number, number] =>
    h.detached ? [h.view.target.position.start, h.view.target.position.end] : [h.view.anchor.start ?? 0, h.view.anchor.end ?? 0];
  const [as, ae] = pos(a);
  const [bs, be] = pos(b);
  return as - bs || ae - be || compareText(a.view.created, b.view.created) || compareText(a.view.id, b.view.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every highlight to export, in document order, with its current passage and colour meaning. */
export function planHighlights(article: Article, annotations: readonly AnnotationView[], legend: Legend, includeDetached: boolean): PlannedHighlight[] {
  return annotations
    .map((view) => {
      const detached = isDetached(view, article.text);
      const quote = detached ? view.target.quote.exact : article.text.slice(view.anchor.start ?? 0, view.anchor.end ?? 0);
      return { view, quote, detached, meaning: colourMeaning(view.colour, legend) };
    })
    .filter((h) => includeDetached || !h.detached)
    .sort(byDocumentOrder);
}

/** Colours in the order the legend lists them, then any the legend leaves out. */
function colourOrder(legend: Legend): Colour[] {
  const listed = legend.map((entry) => entry.colour).filter((c, i, all) => all.indexOf(c) === i);
  return [...listed, ...COLOURS.filter((c) => !listed.includes(c))];
}

/** Colour headings must be unique and must not be mistaken for the exporter's own sections. */
function colourHeadings(legend: Legend): Map<Colour, string> {
  const headings = new Map<Colour, string>();
  const counts = new Map<string, number>();
  for (const colour of COLOURS) {
    const key = colourMeaning(colour, legend).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const colour of COLOURS) {
    const meaning = colourMeaning(colour, legend);
    const key = meaning.toLowerCase();
    const clash = RESERVED.has(key) || (counts.get(key) ?? 0) > 1;
    headings.set(colour, clash && key !== colour ? `${meaning} (${colour})` : meaning);
  }
  return headings;
}

/** The sections of the highlights part of a file: by document or by colour, detached last. */
export function planSections(highlights: readonly PlannedHighlight[], legend: Legend, groupBy: ExportOptions['groupBy']): PlannedSection[] {
  const attached = highlights.filter((h) => !h.detached);
  const detached = highlights.filter((h) => h.detached);
  const sections: PlannedSection[] = [];
  if (groupBy === 'colour') {
    const headings = colourHeadings(legend);
    for (const colour of colourOrder(legend)) {
      const inColour = attached.filter((h) => h.view.colour === colour);
      if (inColour.length > 0) sections.push({ heading: headings.get(colour) ?? colour, highlights: inColour });
    }
  } else if (attached.length > 0) {
    sections.push({ heading: HIGHLIGHTS_HEADING, highlights: attached });
  }
  if (detached.length > 0) sections.push({ heading: DETACHED_HEADING, highlights: detached });
  return sections;
}

/** Tags of the exported highlights, each once, in a stable order. */
export function unionTags(highlights: readonly PlannedHighlight[], slug: (tag: string) => string): string[] {
  const tags = new Set<string>();
  for (const h of highlights) for (const tag of h.view.tags) if (slug(tag)) tags.add(slug(tag));
  return [...tags].sort(compareText);
}
