/** Dates, reading times and counts as the window shows them, in the reader's locale. */

/** Milliseconds since the epoch for a published date, or null when missing or unreadable. */
export function publishedTime(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : time;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const longDateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** A published date in the reader's locale (short form), or the raw text when it cannot be read. */
export function formatDate(published: string | null, style: 'short' | 'long' = 'short'): string | null {
  if (!published) return null;
  const time = publishedTime(published);
  if (time === null) return published;
  return (style === 'long' ? longDateFormat : dateFormat).format(time);
}

/** The machine-readable form for a <time dateTime>, when the date can be read. */
export function isoDate(published: string | null): string | undefined {
  const time = publishedTime(published);
  return time === null ? undefined : new Date(time).toISOString();
}

/** "4 min read"; very short pieces read as "1 min". */
export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, minutes)} min read`;
}

/** "1 note" / "3 notes" for screen readers and titles. */
export function annotationLabel(count: number): string {
  return count === 1 ? '1 annotation' : `${count} annotations`;
}
