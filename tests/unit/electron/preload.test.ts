/**
 * The preload runs against a stand-in for Electron's contextBridge and ipcRenderer
 * (the real ones need the Electron binary), to check what the page receives.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../main/contract.js';
import { DESKTOP_FUNCTIONS } from '../../../main/electron/channels.js';

const exposed: Record<string, unknown> = {};
const ipcRenderer = {
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer,
}));

type Bridge = Record<string, (...args: unknown[]) => unknown>;
let lectern: Bridge;
let desktop: Bridge;

beforeAll(async () => {
  await import('../../../main/electron/preload.js');
  lectern = exposed.lectern as Bridge;
  desktop = lectern.desktop as unknown as Bridge;
});

describe('preload bridge', () => {
  it('exposes only window.lectern, frozen, with one function per method plus onCommand, onChange and the desktop functions', () => {
    expect(Object.keys(exposed)).toEqual(['lectern']);
    expect(Object.isFrozen(lectern)).toBe(true);
    expect(Object.keys(lectern).sort()).toEqual([...methodNames, 'onCommand', 'onChange', 'desktop'].sort());
    for (const [key, value] of Object.entries(lectern)) if (key !== 'desktop') expect(typeof value).toBe('function');
  });

  it('exposes exactly the documented desktop functions, frozen', () => {
    expect(Object.isFrozen(desktop)).toBe(true);
    expect(Object.keys(desktop).sort()).toEqual(
      ['saveArticleExport', 'exportLibraryToFolder', 'saveBackup', 'openBackup', 'importFiles', 'moveDataFolder'].sort(),
    );
    expect(Object.keys(desktop).sort()).toEqual([...DESKTOP_FUNCTIONS].sort());
    for (const value of Object.values(desktop)) expect(typeof value).toBe('function');
  });

  it('never hands the page ipcRenderer or any of its methods', () => {
    for (const value of [...Object.values(lectern), ...Object.values(desktop)]) {
      expect(value).not.toBe(ipcRenderer);
      expect(Object.values(ipcRenderer)).not.toContain(value);
    }
  });

  it.each([
    ['saveArticleExport', ['a1', { groupBy: 'colour' }], { articleId: 'a1', options: { groupBy: 'colour' } }],
    ['exportLibraryToFolder', [{ callouts: false }, { dryRun: true }], { options: { callouts: false }, dryRun: true }],
    ['exportLibraryToFolder', [], { options: undefined, dryRun: undefined }],
    ['saveBackup', [], {}],
    ['openBackup', [], {}],
    ['importFiles', [], {}],
    ['moveDataFolder', [], {}],
  ])('sends desktop.%s over its own channel with one payload', async (name, args, payload) => {
    await desktop[name](...args);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(`lectern-desktop:${name}`, payload);
  });

  it.each(methodNames)('calls %s over its own channel and returns the Result', async (method) => {
    const reply = await lectern[method]({ probe: method });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(`lectern:${method}`, { probe: method });
    expect(reply).toEqual({ ok: true, value: { channel: `lectern:${method}`, input: { probe: method } } });
  });

  it('delivers commands without the IPC event, says it is ready, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = lectern.onCommand((command: unknown) => received.push(command)) as () => void;
    expect(ipcRenderer.send).toHaveBeenCalledWith('lectern:command-ready');
    const [channel, listener] = ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, command: unknown) => void];
    expect(channel).toBe('lectern:command');
    listener({ sender: ipcRenderer }, { type: 'find' });
    expect(received).toEqual([{ type: 'find' }]);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('lectern:command', listener);
  });

  it.each(['onCommand', 'onChange'])('refuses a %s subscription that is not a function', (name) => {
    expect(() => lectern[name]('alert(1)')).toThrow(TypeError);
  });

  it('subscribes the page to changes once for all its listeners, passes on only the notice, and unsubscribes after the last', () => {
    ipcRenderer.send.mockClear();
    const first: unknown[] = [];
    const second: unknown[] = [];
    const offFirst = lectern.onChange((notice: unknown) => first.push(notice)) as () => void;
    const offSecond = lectern.onChange((notice: unknown) => second.push(notice)) as () => void;
    expect(ipcRenderer.send.mock.calls).toEqual([['lectern:changes-subscribe']]);
    const [channel, listener] = ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, notice: unknown) => void];
    expect(channel).toBe('lectern:change');
    listener({ sender: ipcRenderer }, { kind: 'articles', source: 'external' });
    expect([first, second]).toEqual([[{ kind: 'articles', source: 'external' }], [{ kind: 'articles', source: 'external' }]]);
    offFirst();
    expect(ipcRenderer.send.mock.calls).toEqual([['lectern:changes-subscribe']]);
    offSecond();
    expect(ipcRenderer.send.mock.calls).toEqual([['lectern:changes-subscribe'], ['lectern:changes-unsubscribe']]);
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('lectern:change', listener);
  });
});
