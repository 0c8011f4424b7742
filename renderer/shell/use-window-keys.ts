/**
 * Every way the window is told what to do, wired to the same actions: navigation (deep links,
 * Electron commands), the single-key shortcuts, and the native menu's commands.
 */
import { useCallback } from 'react';
import type { ArticleSummary, ReadingState } from '../../main/contract';
import type { ExportFocus, ExportTab } from '../export/ExportDialog';
import { nextTheme } from '../settings/apply-settings';
import type { SettingsControls } from '../settings/use-settings';
import type { AppCommand } from './commands';
import { useMenuCommands } from './use-menu-commands';
import { useNavigation, type OpenRequest } from './use-navigation';
import { useShortcuts } from './use-shortcuts';

/** What the commands act on; each is one of the window's own functions. */
export interface WindowActions {
  articles: readonly ArticleSummary[] | null;
  reading: ReadingState | null;
  currentId: string | null;
  open(id: string, options?: OpenRequest): void;
  /** Opens the article `delta` places from the current one in the library's order. */
  step(delta: number): void;
  settings: SettingsControls;
  panels: { toggleLibrary(): void; toggleAnnotations(): void };
  showShortcuts(): void;
  find(): void;
  openExport(tab: ExportTab, focus?: ExportFocus): void;
  pickImport(): void;
}

/** Installs navigation, the shortcuts and the menu commands for as long as the window lives. */
export function useWindowKeys(a: WindowActions): void {
  const { settings, step, panels, showShortcuts } = a;
  const onCommand = useCallback(
    (command: Exclude<AppCommand, { type: 'open' }>) => {
      if (command.type === 'theme') settings.setTheme(command.theme ?? nextTheme(settings.theme));
      else if (command.type === 'font-size') {
        if (command.change === 'reset') settings.resetFontSize();
        else settings.changeFontSize(command.change);
      }
      else if (command.type === 'next-article') step(1);
      else if (command.type === 'previous-article') step(-1);
      else if (command.type === 'toggle-library') panels.toggleLibrary();
      else if (command.type === 'toggle-annotations') panels.toggleAnnotations();
      else if (command.type === 'shortcuts') showShortcuts();
    },
    [settings, step, panels, showShortcuts],
  );

  useNavigation({ articles: a.articles, reading: a.reading, currentId: a.currentId, open: a.open, onCommand });
  useShortcuts({
    nextArticle: () => step(1),
    previousArticle: () => step(-1),
    toggleLibrary: panels.toggleLibrary,
    toggleAnnotations: panels.toggleAnnotations,
    changeFontSize: settings.changeFontSize,
    showShortcuts,
    find: a.find,
  });
  useMenuCommands((command) => {
    if (command === 'find') a.find();
    else if (command === 'export-article') a.openExport('export', 'export-article');
    else if (command === 'export-all') a.openExport('export', 'export-all');
    else if (command === 'import') a.pickImport();
  });
}
