import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  displayKey,
  emptyWindowState,
  loadWindowState,
  parseWindowState,
  recordWindowState,
  restoreWindowState,
  saveWindowState,
  type DisplayInfo,
} from '../../../main/electron/window-state.js';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitor: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 2560, height: 1440 }, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };

describe('window state', () => {
  it('opens a first window at the default size, centred on the primary display', () => {
    const { bounds, maximized } = restoreWindowState(emptyWindowState(), [laptop], laptop);
    expect(maximized).toBe(false);
    expect(bounds).toEqual({ width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, x: 120, y: 53 });
  });

  it('reopens where the window was last closed, maximised or not', () => {
    let state = recordWindowState(emptyWindowState(), monitor, { bounds: { x: 1600, y: 100, width: 1000, height: 900 }, maximized: true });
    expect(restoreWindowState(state, [laptop, monitor], laptop)).toEqual({ bounds: { x: 1600, y: 100, width: 1000, height: 900 }, maximized: true });
    state = recordWindowState(state, laptop, { bounds: { x: 10, y: 40, width: 800, height: 600 }, maximized: false });
    expect(restoreWindowState(state, [laptop, monitor], laptop)).toEqual({ bounds: { x: 10, y: 40, width: 800, height: 600 }, maximized: false });
  });

  it('remembers a place per display, and uses the primary display\'s when the external monitor is unplugged', () => {
    let state = recordWindowState(emptyWindowState(), laptop, { bounds: { x: 20, y: 50, width: 900, height: 700 }, maximized: false });
    state = recordWindowState(state, monitor, { bounds: { x: 2000, y: 100, width: 1600, height: 1200 }, maximized: false });
    expect(Object.keys(state.displays).sort()).toEqual([displayKey(laptop), displayKey(monitor)].sort());
    expect(restoreWindowState(state, [laptop], laptop).bounds).toEqual({ x: 20, y: 50, width: 900, height: 700 });
  });

  it('never opens off screen: a mostly hidden window is centred, a slightly hidden one is pulled in', () => {
    const hidden = recordWindowState(emptyWindowState(), laptop, { bounds: { x: 1300, y: 800, width: 800, height: 600 }, maximized: false });
    expect(restoreWindowState(hidden, [laptop], laptop).bounds).toEqual({ x: 320, y: 163, width: 800, height: 600 });
    const nudged = recordWindowState(emptyWindowState(), laptop, { bounds: { x: -50, y: 0, width: 800, height: 600 }, maximized: false });
    expect(restoreWindowState(nudged, [laptop], laptop).bounds).toEqual({ x: 0, y: 25, width: 800, height: 600 });
  });

  it('shrinks a window saved on a big monitor to fit a smaller one with the same id', () => {
    const big = { ...laptop, bounds: { x: 0, y: 0, width: 3840, height: 2160 }, workArea: { x: 0, y: 0, width: 3840, height: 2160 } };
    const state = recordWindowState(emptyWindowState(), big, { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false });
    const { bounds } = restoreWindowState(state, [laptop], laptop);
    expect(bounds.width).toBeLessThanOrEqual(laptop.workArea.width);
    expect(bounds.height).toBeLessThanOrEqual(laptop.workArea.height);
  });

  it.each([
    ['not json', '{{'],
    ['a list', '[]'],
    ['null', 'null'],
    ['bad bounds', JSON.stringify({ lastDisplay: 'x', displays: { x: { bounds: { x: 'a', y: 0, width: 10, height: 10 } } } })],
    ['negative size', JSON.stringify({ lastDisplay: 'x', displays: { x: { bounds: { x: 0, y: 0, width: -10, height: 10 } } } })],
  ])('treats a damaged state file (%s) as no saved state', (_what, json) => {
    expect(parseWindowState(json).displays).toEqual({});
  });

  it('writes the file atomically and reads it back; a missing file means a fresh start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-window-'));
    try {
      const file = join(dir, 'window-state.json');
      expect(loadWindowState(file)).toEqual(emptyWindowState());
      const state = recordWindowState(emptyWindowState(), laptop, { bounds: { x: 1, y: 30, width: 700, height: 500 }, maximized: true });
      saveWindowState(file, state);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
      expect(loadWindowState(file)).toEqual(state);
      writeFileSync(file, 'garbage');
      expect(loadWindowState(file)).toEqual(emptyWindowState());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
