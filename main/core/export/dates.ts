/**
 * Dates in exports. Everything is computed from the values passed in (no clock, no local
 * time zone), so the same input gives the same file on every machine.
 */

/** An ISO timestamp for a Date or a date string; the string itself when it is not a date. */
export function toIsoTimestamp(value: Date | string): string {
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(time)) return String(value);
  return new Date(time).toISOString();
}

/**
 * `YYYY-MM-DD` for a published date. A date already written that way keeps its own day;
 * others (RFC 2822 from feeds) are read and given as the UTC day. Null when unreadable.
 */
export function toIsoDay(value: string | null): string | null {
  if (!value) return null;
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (written) return written[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
