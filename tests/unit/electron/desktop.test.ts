/**
 * The desktop functions (native save/open/folder dialogs) against a stand-in for Electron's
 * `dialog` that answers as a user would, over a real library in a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { AppCommand } from '../../../main/electron/commands.js';
import { createDesktopHandlers, type DesktopHandlers } from '../../../main/electron/desktop-handlers.js';
import { DESKTOP_INPUTS } from '../../../main/electron/desktop-inputs.js';
import { registerDesktopHandlers } from '../../../main/electron/ipc.js';
import { LibraryHost } from '../../../main/electron/library-host.js';
import { createNativeDialogs, type ElectronDialog } from '../../../main/electron/native-dialogs.js';
import { isAppUrl } from '../../../main/electron/origin.js';

type Options = { title?: string; message?: string; detail?: string; buttons?: string[]; properties?: string[]; defaultPath?: string };

/**
 * Electron's dialog as a scripted user: each save/open/question takes the next answer;
 * a question nobody scripted fails the test, so no confirmation goes unnoticed.
 */
function scriptedUser() {
  const answers = { save: [] as Array<string | null>, open: [] as Array<string[] | null>, questions: [] as string[] };
  const shown: Array<{ kind: 'save' | 'open' | 'box'; parent: unknown; options: Options }> = [];
  const record = (kind: 'save' | 'open' | 'box', args: unknown[]) => {
    const options = args.at(-1) as Options;
    shown.push({ kind, parent: args.length === 2 ? args[0] : null, options });
    return options;
  };
  const dialog = {
    showSaveDialog: vi.fn(async (...args: unknown[]) => {
      record('save', args);
      const path = answers.save.shift() ?? null;
      return path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' };
    }),
    showOpenDialog: vi.fn(async (...args: unknown[]) => {
      record('open', args);
      const paths = answers.open.shift() ?? null;
      return paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] };
    }),
    showMessageBox: vi.fn(async (...args: unknown[]) => {
      const options = record('box', args);
      const buttons = options.buttons ?? [];
      if (buttons.length < 2) return { response: 0, checkboxChecked: false };
      const answer = answers.questions.shift();
      if (answer === undefined) throw new Error(`unexpected question: ${options.message}`);
      return { response: buttons.indexOf(answer), checkboxChecked: false };
    }),
  };
  const boxes = () => shown.filter((s) => s.kind === 'box').map((s) => s.options);
  return { dialog: dialog as unknown as ElectronDialog, answers, shown, boxes };
}

const WINDOW = { id: 1, title: 'the Lectern window' };

let root: string;
let host: LibraryHost;
let user: ReturnType<typeof scriptedUser>;
let handlers: DesktopHandlers;
let post: Mock<(command: AppCommand) => void>;
let reload: Mock<() => void>;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'lectern-desktop-'));
  host = new LibraryHost({ seedsDir: resolve('seeds'), defaultDir: join(root, 'userData') });
  await host.start();
  user = scriptedUser();
  post = vi.fn<(command: AppCommand) => void>();
  reload = vi.fn<() => void>();
  const dialogs = createNativeDialogs(user.dialog, () => WINDOW as never, () => join(root, 'Documents'));
  handlers = createDesktopHandlers({ host, dialogs, post, reload, later: (task) => task() });
}, 30_000);
afterEach(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
}, 30_000);

const api = () => host.api!;
const input = <N extends keyof typeof DESKTOP_INPUTS>(name: N, raw: unknown) => DESKTOP_INPUTS[name].parse(raw) as never;
const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

/** Highlights the start of an article's first paragraph with a note. */
async function highlight(index: number, note: string) {
  const [summary] = (await api().listArticles({})).slice(index);
  const article = await api().getArticle({ id: summary.id });
  const paragraph = article.blocks.find((b) => b.kind === 'paragraph')!;
  const created = await api().createAnnotation({ articleId: article.id, range: { start: paragraph.start, end: paragraph.start + 30 }, colour: 'green', note, tags: [] });
  return { articleId: article.id, annotationId: created.id };
}

describe('cancelling a dialog', () => {
  it.each([
    ['saveArticleExport', { articleId: '000_23cbbf4dbe42963b' }],
    ['exportLibraryToFolder', {}],
    ['saveBackup', {}],
    ['openBackup', {}],
    ['importFiles', {}],
    ['moveDataFolder', {}],
  ] as const)('%s answers null and writes nothing', async (name, raw) => {
    const before = readdirSync(root, { recursive: true }).sort();
    const result = await handlers[name](input(name, raw));
    expect(result).toEqual({ ok: true, value: null });
    expect(user.shown).toHaveLength(1);
    expect(user.shown[0].parent).toBe(WINDOW);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
    expect(post).not.toHaveBeenCalled();
  });
});

describe('exporting one article with the save dialog', () => {
  it('writes the article\'s Markdown where the user chose, suggesting its file name', async () => {
    const { articleId } = await highlight(0, 'worth remembering');
    const target = join(root, 'Notes', 'europe.md');
    user.answers.save.push(target);
    const result = await handlers.saveArticleExport(input('saveArticleExport', { articleId }));
    const expected = await api().exportArticle({ articleId, options: {} });
    expect(result).toEqual({ ok: true, value: { path: target, lines: ['europe.md: created'] } });
    expect(readFileSync(target, 'utf8').replace(/exported: ".*"/, '')).toBe(expected.markdown.replace(/exported: ".*"/, ''));
    expect(readFileSync(target, 'utf8')).toContain('worth remembering');
    expect(user.shown[0].options.defaultPath).toBe(join(root, 'Documents', expected.fileName));
  });

  it('merges into the file it wrote before, keeping what the user added there', async () => {
    const { articleId, annotationId } = await highlight(0, 'first note');
    const target = join(root, 'europe.md');
    user.answers.save.push(target, target);
    await handlers.saveArticleExport(input('saveArticleExport', { articleId }));
    writeFileSync(target, `${readFileSync(target, 'utf8')}\nMy closing thoughts.\n`);
    await api().updateAnnotation({ id: annotationId, note: 'second note' });

    const result = await handlers.saveArticleExport(input('saveArticleExport', { articleId }));
    expect(result.ok && result.value?.lines[0]).toMatch(/^europe\.md: merged \(1 updated/);
    const merged = readFileSync(target, 'utf8');
    expect(merged).toContain('second note');
    expect(merged).toContain('My closing thoughts.');
    expect(user.shown[1].options.defaultPath).toBe(join(root, (await api().exportArticle({ articleId, options: {} })).fileName));
  });

  it.each([
    ['Cancel', 'my own shopping list\n'],
    ['Replace', null],
  ])('asks before replacing a file Lectern did not write; the user chooses %s', async (answer, kept) => {
    const { articleId } = await highlight(0, 'a note');
    const target = join(root, 'shopping.md');
    writeFileSync(target, 'my own shopping list\n');
    user.answers.save.push(target);
    user.answers.questions.push(answer);
    const result = await handlers.saveArticleExport(input('saveArticleExport', { articleId }));
    expect(user.boxes()[0].message).toBe('Replace shopping.md?');
    expect(user.boxes()[0].detail).toContain('not exported by Lectern');
    if (kept) {
      expect(result).toEqual({ ok: true, value: null });
      expect(readFileSync(target, 'utf8')).toBe(kept);
    } else {
      expect(result).toMatchObject({ ok: true, value: { lines: ['shopping.md: replaced'] } });
      expect(readFileSync(target, 'utf8')).toContain('a note');
    }
  });

  it('says which article is missing instead of opening a dialog for nothing', async () => {
    const result = await handlers.saveArticleExport(input('saveArticleExport', { articleId: 'no-such-article' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(user.shown).toHaveLength(0);
  });
});

describe('exporting the library into a folder', () => {
  it('writes every article and the index into an empty folder without asking', async () => {
    const dir = join(root, 'export');
    mkdirSync(dir);
    user.answers.open.push([dir]);
    const result = await handlers.exportLibraryToFolder(input('exportLibraryToFolder', {}));
    expect(result).toMatchObject({ ok: true, value: { path: dir, dryRun: false, conflicts: 0, skipped: 0 } });
    expect(Object.keys(files(dir))).toHaveLength(6);
    expect(files(dir)['index.md']).toMatch(/^---\nlectern_index: true/);
    expect(user.boxes()).toEqual([]);
  });

  it('merges into an edited export, leaves strangers\' files alone, and asks first because of them', async () => {
    const { articleId, annotationId } = await highlight(0, 'first note');
    const dir = join(root, 'export');
    mkdirSync(dir);
    user.answers.open.push([dir], [dir]);
    await handlers.exportLibraryToFolder(input('exportLibraryToFolder', {}));
    const name = (await api().exportArticle({ articleId, options: {} })).fileName;
    const others = Object.keys(files(dir)).filter((f) => f !== name && f !== 'index.md');
    writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replace('first note', 'first note, and what I made of it') + '\nMy closing thoughts.\n');
    writeFileSync(join(dir, others[0]), 'a file of the same name that I wrote myself\n');
    writeFileSync(join(dir, 'shopping.md'), 'eggs\n');
    await api().updateAnnotation({ id: annotationId, colour: 'pink' });
    user.answers.questions.push('Export');

    const result = await handlers.exportLibraryToFolder(input('exportLibraryToFolder', {}));
    const [question] = user.boxes();
    expect(question.message).toMatch(/1 passage you edited .* keep your version, and 1 file Lectern did not write will be left alone/);
    expect(question.detail).toContain(`${others[0]}: left alone`);
    expect(result).toMatchObject({ ok: true, value: { conflicts: 1, skipped: 1 } });
    const after = files(dir);
    expect(after[name]).toContain('first note, and what I made of it');
    expect(after[name]).toContain('My closing thoughts.');
    expect(after[others[0]]).toBe('a file of the same name that I wrote myself\n');
    expect(after['shopping.md']).toBe('eggs\n');
  });

  it('writes nothing when the user cancels at the question', async () => {
    const dir = join(root, 'export');
    mkdirSync(dir);
    const { fileName } = await api().exportArticle({ articleId: '000_23cbbf4dbe42963b', options: {} });
    writeFileSync(join(dir, fileName), 'mine\n');
    user.answers.open.push([dir]);
    user.answers.questions.push('Cancel');
    expect(await handlers.exportLibraryToFolder(input('exportLibraryToFolder', {}))).toEqual({ ok: true, value: null });
    expect(files(dir)).toEqual({ [fileName]: 'mine\n' });
  });

  it('only reports what would happen on a dry run', async () => {
    const dir = join(root, 'export');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.md'), 'my index\n');
    user.answers.open.push([dir]);
    const result = await handlers.exportLibraryToFolder(input('exportLibraryToFolder', { dryRun: true }));
    expect(result).toMatchObject({ ok: true, value: { dryRun: true, skipped: 1 } });
    expect(result.ok && result.value?.lines).toContain('index.md: left alone (a file of this name exists and Lectern did not write it)');
    expect(result.ok && result.value?.lines.filter((l) => l.endsWith('would be created'))).toHaveLength(5);
    expect(files(dir)).toEqual({ 'index.md': 'my index\n' });
    expect(user.boxes()).toEqual([]);
  });
});

describe('backups', () => {
  it('saves the backup and restores it into another library', async () => {
    await highlight(1, 'keep me safe');
    const target = join(root, 'backup.json');
    user.answers.save.push(target);
    const saved = await handlers.saveBackup({});
    expect(saved).toEqual({ ok: true, value: { path: target, lines: [`Saved the backup to ${target}.`] } });
    const items = (json: string) => (JSON.parse(json) as { first: { items: unknown[] } }).first.items;
    expect(items(readFileSync(target, 'utf8'))).toEqual(items((await api().exportBackup({})).json));
    expect(items(readFileSync(target, 'utf8'))).toHaveLength(1);

    await host.close();
    host = new LibraryHost({ seedsDir: resolve('seeds'), defaultDir: join(root, 'other') });
    await host.start();
    const dialogs = createNativeDialogs(user.dialog, () => null, () => root);
    handlers = createDesktopHandlers({ host, dialogs, post, reload });
    const heard: unknown[] = [];
    host.changes.subscribe('window-1', (notice) => heard.push(notice));
    user.answers.open.push([target]);
    const restored = await handlers.openBackup({});
    expect(restored).toMatchObject({ ok: true, value: { path: target, report: { added: 1 }, lines: ['1 added, 0 updated, 0 already there.'] } });
    // The window that chose the file did not make the change itself: it hears it as external, and re-reads.
    expect(heard).toEqual([{ kind: 'annotations', articleIds: null, source: 'external' }]);
    expect(user.shown.at(-1)?.parent).toBeNull();
  });

  it('explains a file that is not a backup', async () => {
    const target = join(root, 'notes.json');
    writeFileSync(target, '{"hello": "world"}');
    user.answers.open.push([target]);
    const result = await handlers.openBackup({});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^notes\.json: The backup is not a W3C AnnotationCollection/) } });
    expect(post).not.toHaveBeenCalled();
  });
});

describe('importing files', () => {
  it('imports the chosen files, opens the last one and announces the new articles to every window as external', async () => {
    const a = join(root, 'first.md');
    const b = join(root, 'second.txt');
    writeFileSync(a, '# Field notes\n\nThe heron stood still in the shallows for an hour.');
    writeFileSync(b, 'A quiet afternoon\n\nNothing happened, and it was lovely.');
    const heard: unknown[] = [];
    host.changes.subscribe('window-1', (notice) => heard.push(notice));
    user.answers.open.push([a, b]);
    const result = await handlers.importFiles({});
    expect(result.ok).toBe(true);
    const value = result.ok ? result.value! : null;
    expect(value?.articles.map((x) => x.source)).toEqual(['first.md', 'second.txt']);
    expect(value?.failures).toEqual([]);
    const titles = (await api().listArticles({})).map((x) => x.title);
    expect(titles).toEqual(expect.arrayContaining(['Field notes']));
    expect(post.mock.calls.map(([c]) => c)).toEqual([{ type: 'open', articleId: value!.articles[1].id, annotationId: null }]);
    expect(heard).toEqual([
      { kind: 'articles', source: 'external' },
      { kind: 'articles', source: 'external' },
    ]);
    expect(user.shown[0].options.properties).toEqual(['openFile', 'multiSelections']);
  });

  it.each([
    ['a binary file', 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d]), 'not a text file'],
    ['an empty file', 'empty.md', Buffer.from('  \n'), 'empty'],
    ['another kind of file', 'report.pdf', Buffer.from('%PDF-1.7'), 'Lectern imports .txt, .md and .html files, not .pdf'],
  ])('refuses %s with a clear reason and imports the good ones beside it', async (_what, name, bytes, reason) => {
    const bad = join(root, name);
    const good = join(root, 'good.md');
    writeFileSync(bad, bytes);
    writeFileSync(good, '# Good\n\nA readable paragraph of text.');
    user.answers.open.push([bad, good]);
    const result = await handlers.importFiles({});
    expect(result).toMatchObject({ ok: true, value: { failures: [{ file: name, reason: expect.stringContaining(reason) }] } });
    expect(result.ok && result.value?.lines).toContain(`${name}: not imported, because ${(result.ok && result.value?.failures[0].reason) || ''}`);

    user.answers.open.push([bad]);
    const alone = await handlers.importFiles({});
    expect(alone).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(reason) } });
  });

  it('reads a Windows-1252 text file rather than refusing it', async () => {
    const path = join(root, 'old.txt');
    writeFileSync(path, Buffer.from('Caf\xe9 notes\n\nThe na\xefve critic ordered cr\xe8me br\xfbl\xe9e.', 'latin1'));
    user.answers.open.push([path]);
    const result = await handlers.importFiles({});
    const id = result.ok ? result.value!.articles[0].id : '';
    expect((await api().getArticle({ id })).text).toContain('crème brûlée');
  });
});

describe('moving the data folder', () => {
  it('copies the library to the chosen folder, reopens it there and reloads the window', async () => {
    const { articleId } = await highlight(2, 'travels with the library');
    const to = join(root, 'Sync', 'Lectern');
    user.answers.open.push([to]);
    user.answers.questions.push('Move');
    const result = await handlers.moveDataFolder({});
    expect(result).toMatchObject({ ok: true, value: { path: to, from: join(root, 'userData') } });
    expect(host.dataDir).toBe(to);
    expect((await api().listAnnotations({ articleId })).map((a) => a.note)).toEqual(['travels with the library']);
    expect(reload).toHaveBeenCalledOnce();
    expect(user.boxes().at(-1)?.message).toBe('Lectern moved your library');
    expect(existsSync(join(root, 'userData', 'lectern.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'userData', 'location.json'), 'utf8')).dataDir).toBe(to);
  });

  it('reopens the library where it was when the copy fails half way, and says why', async () => {
    await api().importArticle({ fileName: 'clipping.md', content: '# A clipping\n\nWorth keeping.' });
    const to = join(root, 'Sync');
    mkdirSync(to);
    writeFileSync(join(to, 'articles'), 'a file where the articles folder must go');
    user.answers.open.push([to]);
    user.answers.questions.push('Move');
    const result = await handlers.moveDataFolder({});
    expect(result).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringContaining('your library stays in') } });
    expect(host.dataDir).toBe(join(root, 'userData'));
    expect((await api().listArticles({})).map((a) => a.title)).toContain('A clipping');
    expect(readdirSync(to)).toEqual(['articles']);
    expect(existsSync(join(root, 'userData', 'location.json'))).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('refuses a folder inside the current one before asking, and keeps the library open', async () => {
    user.answers.open.push([join(root, 'userData', 'inner')]);
    const result = await handlers.moveDataFolder({});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('inside the current data folder') } });
    expect(user.boxes()).toEqual([]);
    expect(host.api).not.toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('desktop functions over IPC', () => {
  function register() {
    const channels = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
    registerDesktopHandlers(
      { handle: (c, l) => channels.set(c, l as never), removeHandler: (c) => channels.delete(c) },
      handlers,
      (url) => isAppUrl(url),
    );
    return (name: string, url: string, payload: unknown) => channels.get(`lectern-desktop:${name}`)!({ senderFrame: { url } }, payload);
  }

  it('refuses a page that is not Lectern\'s before any dialog opens', async () => {
    const call = register();
    expect(await call('saveBackup', 'https://evil.example/', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('Lectern window') } });
    expect(user.shown).toHaveLength(0);
  });

  it.each([
    ['saveArticleExport', { articleId: 42 }],
    ['saveArticleExport', { articleId: 'a', options: { groupBy: 'mood' } }],
    ['exportLibraryToFolder', { dryRun: 'yes' }],
    ['importFiles', { paths: ['/etc/passwd'] }],
  ])('checks the input of %s (%j) before any dialog opens', async (name, payload) => {
    const call = register();
    expect(await call(name, 'app://lectern/index.html', payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(user.shown).toHaveLength(0);
  });

  it('runs one dialog at a time', async () => {
    const call = register();
    let answer!: (value: unknown) => void;
    vi.mocked(user.dialog.showOpenDialog).mockImplementationOnce(() => new Promise((r) => (answer = r)) as never);
    const first = call('importFiles', 'app://lectern/index.html', {});
    expect(await call('saveBackup', 'app://lectern/index.html', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    answer({ canceled: true, filePaths: [] });
    expect(await first).toEqual({ ok: true, value: null });
  });
});
