/** How long a deleted annotation stays restorable (main/core/annotations/service.ts purges older ones at start). */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** Days (counting a part day as one) before the entry deleted at `deletedAt` can be purged: 30 just after deletion, 0 once time is up. */
export function daysLeft(deletedAt: string, now: number = Date.now()): number {
  const deleted = Date.parse(deletedAt);
  if (Number.isNaN(deleted)) return 0;
  const left = deleted + TRASH_DAYS * DAY_MS - now;
  return left <= 0 ? 0 : Math.min(TRASH_DAYS, Math.ceil(left / DAY_MS));
}

/** "29 days left", "1 day left", or what happens when time is up. */
export function daysLeftLabel(days: number): string {
  if (days <= 0) return 'Goes when Lectern next starts';
  return days === 1 ? '1 day left' : `${days} days left`;
}
