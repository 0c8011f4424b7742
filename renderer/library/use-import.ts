import { useCallback, useRef, type ChangeEvent, type RefObject } from 'react';
import type { Client } from '../api/client';
import { desktop } from '../api/desktop';
import { importAll, importedArticles, importedMessage, type ImportFile } from './import-files';

type Toast = (message: string, kind?: 'info' | 'error') => void;

interface Options {
  client: Client;
  toast: Toast;
  refreshArticles(): void;
  open(id: string): void;
}

export interface Importer {
  /** The hidden file input (rendered once, by the window). */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Asks for files: the desktop app's open dialog, else the file input. */
  pick(): void;
  /** Imports files chosen in the input or dropped on the window. */
  importFiles(files: readonly ImportFile[]): Promise<void>;
  onInputChange(event: ChangeEvent<HTMLInputElement>): void;
}

/**
 * Importing articles: a toast per file that failed and one for those that came in; then the
 * library refreshes and the last imported article opens.
 */
export function useImport({ client, toast, refreshArticles, open }: Options): Importer {
  const inputRef = useRef<HTMLInputElement | null>(null);
  const latest = useRef({ toast, refreshArticles, open });
  latest.current = { toast, refreshArticles, open };

  const importFiles = useCallback(
    async (files: readonly ImportFile[]) => {
      const outcomes = await importAll(client, files, (outcome) => {
        if ('error' in outcome) latest.current.toast(outcome.error, 'error');
      });
      const articles = importedArticles(outcomes);
      const done = importedMessage(articles);
      if (!done) return;
      latest.current.toast(done.message, done.kind);
      latest.current.refreshArticles();
      latest.current.open(articles[articles.length - 1].id);
    },
    [client],
  );

  const pick = useCallback(() => {
    if (!desktop) {
      inputRef.current?.click();
      return;
    }
    // The desktop app reads the files itself, opens the last one and has the library refreshed.
    void desktop.importFiles().then((result) => {
      const { toast: show, refreshArticles: refresh } = latest.current;
      if (!result.ok) return show(result.error.message, 'error');
      if (result.value === null) return;
      for (const failure of result.value.failures) show(`“${failure.file}” was not imported: ${failure.reason}`, 'error');
      const done = importedMessage(result.value.articles);
      if (done) show(done.message, done.kind);
      refresh();
    });
  }, []);

  const onInputChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const files = [...(event.target.files ?? [])];
      // Cleared so choosing the same file again still fires a change.
      event.target.value = '';
      if (files.length) void importFiles(files);
    },
    [importFiles],
  );

  return { inputRef, pick, importFiles, onInputChange };
}
