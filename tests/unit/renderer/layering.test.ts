/**
 * The renderer's floors, as eslint.config.js writes them: the lint rule must refuse each import
 * that crosses a floor the wrong way and let the allowed ones through.
 */
import { describe, expect, it } from 'vitest';
import { refusals } from '../../helpers/lint-imports';

describe('renderer layering', () => {
  it.each([
    ['renderer/reader/ArticleHeader.tsx', '../library/sort-articles', 'a feature reaching into another feature'],
    ['renderer/export/ExportDialog.tsx', '../trash/TrashPanel', 'export importing the trash panel (the shell composes them)'],
    ['renderer/trash/TrashPanel.tsx', '../annotations', 'a feature importing another feature that has no public index'],
    ['renderer/annotations/use-selection.ts', '../reader/text-map', 'a deep import past the reader’s index'],
    ['renderer/library/LibrarySidebar.tsx', '../shell/use-panels', 'a feature importing the shell'],
    ['renderer/ui/Modal.tsx', '../annotations/colours', 'the ui kit importing a feature'],
    ['renderer/ui/States.tsx', '../reader', 'the ui kit importing even a feature’s index'],
    ['renderer/ui/Toasts.tsx', '../shell/commands', 'the ui kit importing the shell'],
    ['renderer/api/desktop.ts', '../library/import-files', 'the api importing a feature'],
    ['renderer/settings/use-settings.ts', '../App', 'a feature importing the app'],
    ['renderer/library/use-import.ts', 'electron', 'the renderer importing electron'],
  ])('%s may not import %s (%s)', async (file, source) => {
    expect(await refusals(file, source)).toHaveLength(1);
  });

  it.each([
    ['renderer/annotations/use-selection.ts', '../reader', 'a feature using another feature’s public index'],
    ['renderer/reader/ArticleHeader.tsx', '../ui/format', 'a feature using the ui kit'],
    ['renderer/trash/TrashPanel.tsx', '../api/client', 'a feature using the api'],
    ['renderer/library/LibraryEntry.tsx', './sort-articles', 'a feature using its own files'],
    ['renderer/ui/States.tsx', '../api/client', 'the ui kit using the api’s types'],
    ['renderer/App.tsx', './shell/use-panels', 'the app composing the shell'],
    ['renderer/shell/ExportDialogWithTrash.tsx', '../trash/TrashPanel', 'the shell composing features'],
  ])('%s may import %s (%s)', async (file, source) => {
    expect(await refusals(file, source)).toEqual([]);
  });
});
