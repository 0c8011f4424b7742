/**
 * Remembers the window's size, position and maximised state per display, in a small
 * JSON file in userData. Restoring never places the window off screen: a state saved
 * for a display that is gone, or that no longer fits, falls back to a centred window.
 */
import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';

export type Rect = { x: number; y: number; width: number; height: number };
export type DisplayInfo = { id: number; bounds: Rect; workArea: Rect };
export type SavedWindow = { bounds: Rect; maximized: boolean };
export type WindowStateFile = { version: 1; lastDisplay: string | null; displays: Record<string, SavedWindow> };

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1200, height: 820 };
export const MIN_SIZE = { width: 640, height: 480 };

export const emptyWindowState = (): WindowStateFile => ({ version: 1, lastDisplay: null, displays: {} });

/** A display is known by its id and resolution, so a different monitor reusing an id is not mistaken for it. */
export function displayKey(display: DisplayInfo): string {
  return `${display.id}@${display.bounds.width}x${display.bounds.height}`;
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const finite = ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(r[k]));
  return finite && (r.width as number) > 0 && (r.height as number) > 0 && (r.width as number) < 100_000 && (r.height as number) < 100_000;
}

/** Reads a state file's JSON, dropping anything malformed rather than failing the launch. */
export function parseWindowState(json: string): WindowStateFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return emptyWindowState();
  }
  if (typeof raw !== 'object' || raw === null) return emptyWindowState();
  const { lastDisplay, displays } = raw as Record<string, unknown>;
  const state = emptyWindowState();
  state.lastDisplay = typeof lastDisplay === 'string' ? lastDisplay : null;
  if (typeof displays === 'object' && displays !== null) {
    for (const [key, saved] of Object.entries(displays as Record<string, unknown>)) {
      const s = saved as Partial<SavedWindow> | null;
      if (s && isRect(s.bounds)) state.displays[key] = { bounds: { ...s.bounds }, maximized: s.maximized === true };
    }
  }
  return state;
}

/** Returns a new state file with `window` recorded for `display`, which becomes the last one used. */
export function recordWindowState(file: WindowStateFile, display: DisplayInfo, window: SavedWindow): WindowStateFile {
  const key = displayKey(display);
  return { version: 1, lastDisplay: key, displays: { ...file.displays, [key]: { bounds: { ...window.bounds }, maximized: window.maximized } } };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Shrinks `size` to fit `area` without going under the minimum size. */
function fitSize(size: { width: number; height: number }, area: Rect) {
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fitSize(size, area);
  return {
    ...fitted,
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2),
  };
}

/** Keeps a saved rectangle inside the display's work area (its title bar must stay reachable). */
function clampInto(bounds: Rect, area: Rect): Rect {
  const size = fitSize(bounds, area);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - size.width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - size.height);
  return { ...size, x, y };
}

/**
 * Chooses where the window opens: the state saved for the last display if it is still
 * attached and the window is mostly on it; else the state saved for the primary display;
 * else a default-sized window centred on the primary display.
 */
export function restoreWindowState(file: WindowStateFile, displays: DisplayInfo[], primary: DisplayInfo): SavedWindow {
  const candidates = [file.lastDisplay, displayKey(primary)];
  for (const key of candidates) {
    const display = displays.find((d) => displayKey(d) === key);
    const saved = key ? file.displays[key] : undefined;
    if (!display || !saved) continue;
    const visible = overlap(saved.bounds, display.workArea) / (saved.bounds.width * saved.bounds.height);
    if (visible >= 0.5) return { bounds: clampInto(saved.bounds, display.workArea), maximized: saved.maximized };
    return { bounds: centred(saved.bounds, display.workArea), maximized: saved.maximized };
  }
  return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximized: false };
}

/** Reads the state file; a missing or damaged file means "no saved state". */
export function loadWindowState(path: string): WindowStateFile {
  try {
    return parseWindowState(readFileSync(path, 'utf8'));
  } catch {
    return emptyWindowState();
  }
}

/** Writes the state file atomically (synchronously, because it runs while the window closes). */
export function saveWindowState(path: string, file: WindowStateFile): void {
  writeFileAtomic.sync(path, `${JSON.stringify(file, null, 2)}\n`);
}
