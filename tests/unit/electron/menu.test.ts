import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/electron/menu.js';

type Item = ReturnType<typeof buildMenuTemplate>[number];

function menuFor(platform: NodeJS.Platform, isDev = false) {
  const actions = { platform, appName: 'Lectern', isDev, send: vi.fn(), run: vi.fn(), openDataFolder: vi.fn(), showAbout: vi.fn() };
  return { template: buildMenuTemplate(actions), actions };
}

const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const top = (template: Item[], label: string) => template.find((item) => item.label?.replace('&', '') === label);
const find = (items: Item[], label: string): Item | undefined => {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = find(submenu(item), label);
    if (inner) return inner;
  }
  return undefined;
};
const click = (item: Item | undefined) => (item?.click as () => void)();

describe('application menu', () => {
  it('has File, Edit, View, Go and Help on Windows and Linux, plus the app and Window menus on macOS', () => {
    expect(menuFor('linux').template.map((i) => i.label)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
    expect(menuFor('darwin').template.map((i) => i.label ?? i.role)).toEqual(['Lectern', '&File', '&Edit', '&View', '&Go', 'windowMenu', '&Help']);
  });

  it.each([
    ['Import…', 'CmdOrCtrl+O', 'import'],
    ['Export Article…', 'CmdOrCtrl+E', 'export-article'],
    ['Export All…', 'CmdOrCtrl+Shift+E', 'export-all'],
    ['Back Up Annotations…', undefined, 'back-up'],
    ['Restore from Backup…', undefined, 'restore'],
    ['Move Data Folder…', undefined, 'move-data-folder'],
  ])('"%s" (%s) runs the %s task with native dialogs in the main process, not in the page', (label, accelerator, task) => {
    const { template, actions } = menuFor('linux');
    const item = find(template, label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(actions.run).toHaveBeenCalledWith(task);
    expect(actions.send).not.toHaveBeenCalled();
  });

  it.each([
    ['Find…', 'CmdOrCtrl+F', { type: 'find' }],
    ['Dark', undefined, { type: 'set-theme', theme: 'dark' }],
    ['Larger Text', 'CmdOrCtrl+=', { type: 'font-size', change: 'increase' }],
    ['Smaller Text', 'CmdOrCtrl+-', { type: 'font-size', change: 'decrease' }],
    ['Toggle Library', 'CmdOrCtrl+\\', { type: 'toggle-sidebar', side: 'library' }],
    ['Toggle Notes', 'CmdOrCtrl+Shift+\\', { type: 'toggle-sidebar', side: 'notes' }],
    ['Next Article', 'CmdOrCtrl+]', { type: 'go', direction: 'next' }],
    ['Previous Article', 'CmdOrCtrl+[', { type: 'go', direction: 'previous' }],
    ['Keyboard Shortcuts', 'CmdOrCtrl+/', { type: 'show-shortcuts' }],
  ])('"%s" (%s) asks the page to %j', (label, accelerator, command) => {
    const { template, actions } = menuFor('linux');
    const item = find(template, label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(actions.send).toHaveBeenCalledWith(command);
  });

  it('opens the data folder and the About panel itself, without the page', () => {
    const { template, actions } = menuFor('win32');
    click(find(template, 'Open Data Folder'));
    click(find(template, 'About Lectern'));
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
    expect(actions.showAbout).toHaveBeenCalledOnce();
    expect(actions.send).not.toHaveBeenCalled();
    expect(actions.run).not.toHaveBeenCalled();
  });

  it('uses the standard roles for editing, quitting and full screen', () => {
    const { template } = menuFor('linux');
    const roles = (label: string) => submenu(top(template, label)).map((i) => i.role).filter(Boolean);
    expect(roles('Edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
    expect(roles('File')).toContain('quit');
    expect(roles('View')).toContain('togglefullscreen');
  });

  it('offers reload and developer tools only in unpackaged runs', () => {
    const roles = (isDev: boolean) => submenu(top(menuFor('linux', isDev).template, 'View')).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('gives no two items the same shortcut', () => {
    const accelerators: string[] = [];
    const walk = (items: Item[]) => items.forEach((i) => (i.accelerator && accelerators.push(String(i.accelerator)), walk(submenu(i))));
    walk(menuFor('linux').template);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
