/** The change stream's IPC event channel: who may subscribe, and when a window stops hearing changes. */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { ChangeBus } from '../../../main/core/changes/change-bus.js';
import { registerChangeChannel } from '../../../main/electron/ipc.js';
import { isAppUrl } from '../../../main/electron/origin.js';

function fakeWindow(id: number, url: string | null = 'app://lectern/index.html') {
  const contents = Object.assign(new EventEmitter(), { id, isDestroyed: () => false, send: vi.fn() });
  return { contents, event: { sender: contents, senderFrame: url === null ? null : { url } } };
}

function setUp() {
  const ipcMain = new EventEmitter();
  const bus = new ChangeBus();
  const remove = registerChangeChannel(ipcMain as never, bus, (url) => isAppUrl(url));
  return { ipcMain, bus, remove };
}

describe('the change channel over IPC', () => {
  it.each([['https://evil.example/'], ['file:///tmp/page.html'], [null]])('ignores a subscription from a frame at %s', (url) => {
    const { ipcMain, bus } = setUp();
    const window = fakeWindow(7, url);
    ipcMain.emit('lectern:changes-subscribe', window.event);
    bus.announce({ kind: 'settings' }, null);
    expect(window.contents.send).not.toHaveBeenCalled();
    expect(bus.size).toBe(0);
  });

  it('keeps one subscription for a window that subscribes again (a reload), so each change arrives once', () => {
    const { ipcMain, bus } = setUp();
    const window = fakeWindow(3);
    ipcMain.emit('lectern:changes-subscribe', window.event);
    ipcMain.emit('lectern:changes-subscribe', window.event);
    bus.announce({ kind: 'articles' }, 'window-3');
    expect(window.contents.send.mock.calls).toEqual([['lectern:change', { kind: 'articles', source: 'local' }]]);
  });

  it('stops sending to a window that unsubscribed or was destroyed', () => {
    const { ipcMain, bus } = setUp();
    const [left, closed] = [fakeWindow(1), fakeWindow(2)];
    ipcMain.emit('lectern:changes-subscribe', left.event);
    ipcMain.emit('lectern:changes-subscribe', closed.event);
    ipcMain.emit('lectern:changes-unsubscribe', left.event);
    closed.contents.emit('destroyed');
    bus.announce({ kind: 'settings' }, null);
    expect([left.contents.send, closed.contents.send].map((send) => send.mock.calls.length)).toEqual([0, 0]);
    expect(bus.size).toBe(0);
  });

  it('drops every subscription when the channel is removed', () => {
    const { ipcMain, bus, remove } = setUp();
    ipcMain.emit('lectern:changes-subscribe', fakeWindow(1).event);
    remove();
    ipcMain.emit('lectern:changes-subscribe', fakeWindow(2).event);
    expect(bus.size).toBe(0);
  });
});
