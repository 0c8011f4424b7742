/**
 * Reads a dateline such as `Thu, 04 Sep 2025 12:15:00 +0300`, `2025-09-04T12:15:00Z`
 * or `Published: September 4, 2025, 9:15 AM` into an ISO 8601 UTC timestamp.
 * Hand-written because `Date.parse` accepts almost any text (so it cannot tell a dateline
 * from a sentence) and reads zone-less dates in the machine's local zone (so results
 * would differ between machines).
 */

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** Zone abbreviations seen in English datelines, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const PREFIX = /^(?:(?:published|posted|updated|last updated|date|dated)\b\s*(?:on|at)?\s*[:–—-]?\s*)/iu;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/iu;
const TIME = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?)?`;
const ZONE = String.raw`(?:\s*\(?(z|[a-z]{2,4}|(?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?)\)?)?`;
const MONTH = String.raw`([a-z]{3,9})\.?`;

/** Each pattern names the order of its captures: year, month, day, then the time parts. */
const PATTERNS: { regex: RegExp; order: [year: number, month: number, day: number] }[] = [
  { regex: new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?()${ZONE})?$`, 'iu'), order: [1, 2, 3] },
  { regex: new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})${TIME}${ZONE}$`, 'iu'), order: [3, 2, 1] },
  { regex: new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}$`, 'iu'), order: [3, 1, 2] },
];

/** Minutes east of UTC for a zone token (`+0300`, `+03:00`, `GMT+2`, `EST`), or null if unknown. */
function zoneOffset(token: string | undefined): number | null {
  if (!token) return 0;
  const lower = token.toLowerCase();
  if (lower in ZONES) return ZONES[lower];
  const numeric = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/u.exec(lower);
  if (!numeric) return null;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  return numeric[1] === '-' ? -minutes : minutes;
}

/** The month number (1–12) for a number or an English month name or abbreviation. */
function monthNumber(token: string): number {
  if (/^\d+$/u.test(token)) return Number(token);
  const lower = token.toLowerCase();
  const index = MONTHS.findIndex((name) => name.startsWith(lower) || (lower === 'sept' && name === 'september'));
  return lower.length >= 3 ? index + 1 : 0;
}

/** The hour on a 24-hour clock, or NaN when a 12-hour time is out of range. */
function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return Number.NaN;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * The ISO 8601 UTC timestamp (`2025-09-04T09:15:00.000Z`) for a line that is only a date,
 * optionally with a time, a zone and a `Published:`-style label; null for anything else.
 * A date without a zone is taken as UTC.
 */
export function parseDateLine(line: string): string | null {
  const text = line.trim().replace(PREFIX, '').replace(WEEKDAY, '').trim();
  if (text.length > 60) return null;
  for (const { regex, order } of PATTERNS) {
    const m = regex.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[order[0]]), monthNumber(m[order[1]]), Number(m[order[2]])];
    const hour = hour24(Number(m[4] ?? 0), m[7] || undefined);
    const [minute, second] = [Number(m[5] ?? 0), Number(m[6] ?? 0)];
    const offset = zoneOffset(m[8]);
    if (offset === null || month < 1 || day < 1) return null;
    if (!(hour <= 23) || minute > 59 || second > 60) return null;
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null; // 31 June
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000).toISOString();
  }
  return null;
}
