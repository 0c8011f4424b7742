/**
 * The house's floors as eslint.config.js writes them, main side and renderer -> main: the lint
 * rule refuses each import that points back up a floor and lets the allowed ones through.
 */
import { describe, expect, it } from 'vitest';
import { eslint, refusals } from '../helpers/lint-imports';

describe('main layering', () => {
  it.each([
    ['main/core/annotations/service.ts', '../../http/server.js', 'a core feature importing serve mode'],
    ['main/core/export/handlers.ts', '../../electron/native-dialogs.js', 'a core feature importing the desktop transport'],
    ['main/core/library.ts', '../transport/web-security.js', 'the composition root importing a transport helper'],
    ['main/core/store/db.ts', '../annotations/service.js', 'the store importing a feature'],
    ['main/core/search/service.ts', '../library.js', 'a feature importing the composition root'],
    ['main/core/reading/handlers.ts', 'electron', 'the core importing electron'],
    ['main/transport/static-path.ts', '../http/server.js', 'a shared transport helper importing serve mode'],
    ['main/http/server.ts', '../electron/window.js', 'serve mode importing the desktop transport'],
    ['main/electron/ipc.ts', '../http/server.js', 'the desktop transport importing serve mode'],
    ['main/contract.ts', './core/errors.js', 'the contract importing the core'],
    ['renderer/export/use-template-draft.ts', '../../main/core/export/templates', 'the renderer importing core code'],
    ['renderer/api/desktop.ts', '../../main/electron/bridge', 'the renderer importing the desktop transport'],
    ['renderer/App.tsx', '../main/core/library', 'the app importing the back end'],
  ])('%s may not import %s (%s)', async (file, source) => {
    expect(await refusals(file, source)).toHaveLength(1);
  });

  it.each([
    ['main/core/annotations/service.ts', '../store/db.js', 'a feature using the store'],
    ['main/core/library.ts', './annotations/service.js', 'the composition root wiring a feature'],
    ['main/core/store/db.ts', '../errors.js', 'the store using the shared errors'],
    ['main/http/server.ts', '../transport/web-security.js', 'serve mode using a shared transport helper'],
    ['main/http/server.ts', '../core/dispatch.js', 'a transport calling the core'],
    ['main/electron/ipc.ts', '../core/dispatch.js', 'the desktop transport calling the core'],
    ['main/electron/window.ts', 'electron', 'the desktop transport importing electron'],
    ['renderer/export/use-template-draft.ts', '../../main/contract-templates', 'the renderer reading the default template'],
    ['renderer/api/desktop.ts', '../../main/desktop-contract', 'the renderer reading the desktop bridge types'],
    ['renderer/api/client.ts', '../../main/contract', 'the renderer reading the contract'],
    ['renderer/library/LibraryEntry.tsx', '../../main/contract-constants', 'a feature reading the contract constants'],
  ])('%s may import %s (%s)', async (file, source) => {
    expect(await refusals(file, source)).toEqual([]);
  });
});

describe('main runs in Node', () => {
  it.each(['document.title', 'window.location.href', 'localStorage.getItem("x")'])('main/ may not use the browser global in %s', async (expression) => {
    const [result] = await eslint.lintText(`export const y = ${expression};\n`, { filePath: 'main/core/reading/handlers.ts' });
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toHaveLength(1);
  });

  it('the renderer may use them', async () => {
    const [result] = await eslint.lintText('export const y = document.title;\n', { filePath: 'renderer/reader/ArticleHeader.tsx' });
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toEqual([]);
  });
});
