/**
 * Renders a note's Markdown to safe HTML. Two independent guards: markdown-it with raw HTML
 * off (so `<img onerror>` stays text), then DOMPurify on its output with a hook that keeps
 * only http(s)/mailto links and makes them open outside the app.
 */
import MarkdownIt from 'markdown-it';
import DOMPurify, { type Config } from 'dompurify';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const SAFE_LINK = /^(https?:|mailto:)/i;

const PURIFY_CONFIG: Config = {
  // Notes are text: no images (they would fetch from the network), no forms, no media, no styles.
  ALLOWED_TAGS: ['a', 'p', 'br', 'strong', 'em', 'b', 'i', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ALLOWED_ATTR: ['href', 'title', 'start'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** DOMPurify bound to this window with the link hook; created lazily so imports stay cheap. */
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_LINK.test(href.trim())) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = p;
  return p;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 500;

/** Safe HTML for a note's Markdown (cached: the sidebar re-renders the same notes often). */
export function renderNoteHtml(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = getPurifier().sanitize(md.render(markdown), PURIFY_CONFIG) as string;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(markdown, html);
  return html;
}

/** A one-line plain-text preview of a note (for lists and aria labels). */
export function notePreview(markdown: string, max = 140): string {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
