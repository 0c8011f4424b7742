/** Queued commands, quitting after a flush, and where the shell finds its files. */
import { describe, expect, it, vi } from 'vitest';
import { CommandChannel } from '../../../main/electron/command-channel.js';
import type { AppCommand } from '../../../main/electron/commands.js';
import { resolveAppPaths } from '../../../main/electron/paths.js';
import { createQuitGuard } from '../../../main/electron/quit-guard.js';

const open = (id: string): AppCommand => ({ type: 'open', articleId: id, annotationId: null });

describe('command channel', () => {
  it('holds commands until the page listens, then delivers them in order', () => {
    const send = vi.fn();
    const channel = new CommandChannel(send);
    channel.post(open('a'));
    channel.post({ type: 'find' });
    expect(send).not.toHaveBeenCalled();
    channel.markReady();
    expect(send.mock.calls.map(([c]) => c)).toEqual([open('a'), { type: 'find' }]);
    channel.post(open('b'));
    expect(send).toHaveBeenLastCalledWith(open('b'));
    expect(channel.pending).toBe(0);
  });

  it('queues again while the page reloads, and keeps only the most recent commands', () => {
    const send = vi.fn();
    const channel = new CommandChannel(send);
    channel.markReady();
    channel.markNotReady();
    for (let i = 0; i < 30; i++) channel.post(open(`a${i}`));
    expect(channel.pending).toBe(20);
    channel.markReady();
    expect(send.mock.calls[0][0]).toEqual(open('a10'));
    expect(send.mock.calls.at(-1)?.[0]).toEqual(open('a29'));
  });
});

describe('quit guard', () => {
  it('holds the first quit until pending writes are flushed, closes the library once, then quits', async () => {
    let finish!: () => void;
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const quit = vi.fn();
    const guard = createQuitGuard({ close, quit });
    const first = { preventDefault: vi.fn() };
    const second = { preventDefault: vi.fn() };
    guard(first);
    guard(second);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(second.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    const last = { preventDefault: vi.fn() };
    guard(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });

  it('still quits, and says so, when the library fails to close', async () => {
    const quit = vi.fn();
    const log = vi.fn();
    const guard = createQuitGuard({ close: () => Promise.reject(new Error('disk full')), quit, log });
    guard({ preventDefault: () => {} });
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not save'), expect.any(Error));
  });
});

describe('app paths', () => {
  it.each([
    [true, '/opt/Lectern/resources/seeds'],
    [false, '/home/me/lectern/seeds'],
  ])('reads the seed articles from the right place when packaged=%s', (isPackaged, seedsDir) => {
    const paths = resolveAppPaths(
      { isPackaged, resourcesPath: '/opt/Lectern/resources', userData: '/home/me/.config/Lectern' },
      '/home/me/lectern/dist/main',
    );
    expect(paths).toEqual({
      seedsDir,
      dataDir: '/home/me/.config/Lectern',
      rendererDir: '/home/me/lectern/dist/renderer',
      preload: '/home/me/lectern/dist/main/preload.cjs',
      windowStateFile: '/home/me/.config/Lectern/window-state.json',
    });
  });
});
