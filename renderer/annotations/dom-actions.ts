/** Small browser actions: clipboard, file download, and "is the user typing?". */

/** Copies text, falling back to a hidden textarea where the async clipboard is refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Clipboard permission can be missing (serve mode over http); the old way still works.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'ann-offscreen';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The clipboard is not available here.');
}

/** Saves text as a file through a temporary `<a download>` on a Blob URL. */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.className = 'ann-offscreen';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some engines; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** True when a key event is meant for a text field, so single-key shortcuts must stay out. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset', 'file'].includes(target.type);
  }
  return false;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls the reading pane so a range sits a third of the way down. */
export function scrollToRange(range: Range, scroller: HTMLElement | null): void {
  const rect = range.getBoundingClientRect();
  const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
  if (scroller && scroller.scrollHeight > scroller.clientHeight) {
    const top = scroller.scrollTop + rect.top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
    scroller.scrollTo({ top: Math.max(0, top), behavior });
  } else {
    const el = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior });
  }
}

const MAX_MEASURES = 500;

/**
 * Records a performance measure from `start` to now (seen in DevTools and read by the
 * benchmarks), keeping at most a few hundred of one name so a long session does not pile up.
 */
export function measureSince(name: string, start: number, detail?: unknown): void {
  if (performance.getEntriesByName(name, 'measure').length >= MAX_MEASURES) performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now(), detail });
}
