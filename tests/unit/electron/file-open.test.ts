/** Files the OS asks Lectern to open, and the File menu's tasks with their message boxes. */
import { describe, expect, it, vi } from 'vitest';
import type { DesktopHandlers } from '../../../main/electron/desktop-handlers.js';
import { createFileOpener, findFileArgs } from '../../../main/electron/file-open.js';
import { decodeText } from '../../../main/electron/import-files.js';
import { boxLines, createMenuTasks, type MenuTask } from '../../../main/electron/menu-tasks.js';

describe('files on the command line', () => {
  it.each([
    [['/opt/Lectern/lectern', '/home/me/notes.md'], ['/home/me/notes.md']],
    [['/opt/Lectern/lectern', '--allow-file-access-from-files', '/home/me/Story.HTML'], ['/home/me/Story.HTML']],
    [['electron', 'dist/main/electron-main.cjs', '--user-data-dir=/tmp/x'], []],
    [['lectern', 'lectern://article/a#annotation=b'], []],
    [['lectern', 'file:///home/me/notes.md'], []],
    [['lectern', 'photo.png', 'draft.txt'], ['/work/draft.txt']],
    [['lectern', 'a.md', 'b.markdown', 'c.htm'], ['/work/a.md', '/work/b.markdown', '/work/c.htm']],
    [['/home/me/notes.md'], []],
  ])('finds the files to import in %j', (argv, expected) => {
    expect(findFileArgs(argv, '/work')).toEqual(expected);
  });
});

describe('opening files from the OS', () => {
  const opener = (importAndOpen = vi.fn(async (_paths: readonly string[]) => ({ failures: [] as Array<{ file: string; reason: string }> }))) => {
    const warn = vi.fn(async () => {});
    const reveal = vi.fn();
    return { files: createFileOpener({ importAndOpen, warn, reveal }), importAndOpen, warn, reveal };
  };

  it('waits for the library, then imports the files that arrived together in one go', async () => {
    const { files, importAndOpen, reveal } = opener();
    files.handlePath('/a.md');
    files.handlePath('/b.md');
    await files.idle();
    expect(importAndOpen).not.toHaveBeenCalled();
    files.markReady();
    await files.idle();
    expect(importAndOpen).toHaveBeenCalledExactlyOnceWith(['/a.md', '/b.md']);
    expect(reveal).toHaveBeenCalled();
  });

  it('tells the user which files did not import, and goes on with the next ones', async () => {
    const importAndOpen = vi
      .fn(async (_paths: readonly string[]) => ({ failures: [] as Array<{ file: string; reason: string }> }))
      .mockRejectedValueOnce(new Error('gone.md: not imported, because the file does not exist (was it moved or deleted?)'))
      .mockResolvedValueOnce({ failures: [{ file: 'b.txt', reason: 'it is not a text file' }] });
    const { files, warn } = opener(importAndOpen);
    files.markReady();
    files.handleArgv(['lectern', '/gone.md']);
    await files.idle();
    files.handleArgv(['lectern', '/a.md', '/b.txt']);
    await files.idle();
    files.handleArgv(['lectern', '/c.md']);
    await files.idle();
    expect(warn.mock.calls).toEqual([
      ['Lectern could not import gone.md', expect.stringContaining('does not exist')],
      ['Lectern could not import 1 of 2 files', 'b.txt: it is not a text file'],
    ]);
    expect(importAndOpen).toHaveBeenLastCalledWith(['/c.md']);
  });
});

describe('decoding imported files', () => {
  it.each([
    ['UTF-8', Buffer.from('crème brûlée', 'utf8'), 'crème brûlée'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('naïve', 'utf8')]), 'naïve'],
    ['UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('façade', 'utf16le')]), 'façade'],
    ['Windows-1252', Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), '“Café”'],
  ])('reads %s text', (_name, bytes, text) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('refuses bytes that are not text', () => {
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toThrow('not a text file');
  });
});

describe('File menu tasks', () => {
  const ok = <T>(value: T | null) => Promise.resolve({ ok: true as const, value });
  function tasks(overrides: Partial<DesktopHandlers> = {}, articleId: string | null = 'a1') {
    const handlers = {
      importFiles: vi.fn(() => ok(null)),
      saveArticleExport: vi.fn(() => ok(null)),
      exportLibraryToFolder: vi.fn(() => ok(null)),
      saveBackup: vi.fn(() => ok(null)),
      openBackup: vi.fn(() => ok(null)),
      moveDataFolder: vi.fn(() => ok(null)),
      ...overrides,
    } as unknown as DesktopHandlers;
    const inform = vi.fn(async (_options: { type: string; message: string; detail?: string }) => {});
    return { run: createMenuTasks({ handlers, dialogs: { inform }, currentArticleId: async () => articleId }), handlers, inform };
  }

  it('exports the article the window shows, with the default options', async () => {
    const { run, handlers, inform } = tasks();
    await run('export-article');
    expect(handlers.saveArticleExport).toHaveBeenCalledWith({ articleId: 'a1', options: {} });
    expect(inform).not.toHaveBeenCalled();
  });

  it('asks to open an article first when none was opened', async () => {
    const { run, handlers, inform } = tasks({}, null);
    await run('export-article');
    expect(handlers.saveArticleExport).not.toHaveBeenCalled();
    expect(inform).toHaveBeenCalledWith(expect.objectContaining({ message: 'Open an article first' }));
  });

  it.each<[MenuTask, keyof DesktopHandlers, string]>([
    ['import', 'importFiles', 'Lectern could not import the files'],
    ['export-all', 'exportLibraryToFolder', 'Lectern could not export the library'],
    ['back-up', 'saveBackup', 'Lectern could not save the backup'],
    ['restore', 'openBackup', 'Lectern could not restore the backup'],
    ['move-data-folder', 'moveDataFolder', 'Lectern could not move the library'],
  ])('shows why %s failed in an error box', async (task, handler, message) => {
    const { run, inform } = tasks({ [handler]: () => Promise.resolve({ ok: false, error: { code: 'io_error', message: 'EACCES: permission denied' } }) });
    await run(task);
    expect(inform).toHaveBeenCalledExactlyOnceWith({ type: 'error', message, detail: 'EACCES: permission denied' });
  });

  it('reports a folder export, and lists files that did not import', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `article ${i}.md: created`);
    const { run, inform } = tasks({
      exportLibraryToFolder: () => ok({ path: '/export', lines, dryRun: false, conflicts: 0, skipped: 0 }),
      importFiles: () => ok({ path: '/in', lines: [], articles: [], failures: [{ file: 'x.txt', reason: 'it is not a text file' }] }),
    });
    await run('export-all');
    await run('import');
    expect(inform.mock.calls.map(([o]) => o)).toEqual([
      { type: 'info', message: 'Lectern exported your library to /export', detail: boxLines(lines) },
      { type: 'warning', message: 'Lectern could not import 1 of the files', detail: 'x.txt: it is not a text file' },
    ]);
    expect(boxLines(lines).split('\n')).toHaveLength(16);
    expect(boxLines(lines)).toMatch(/…and 5 more$/);
  });
});
