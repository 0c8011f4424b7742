/**
 * The whole window, composed: library, reading pane, annotations column and the dialogs. Each
 * piece comes from its feature; the wiring between them lives in shell/ hooks.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Client } from './api/client';
import { ExportButton } from './export/ExportButton';
import { DropOverlay, ImportInput } from './library/ImportControls';
import { LibrarySidebar } from './library/LibrarySidebar';
import { neighbourId, sortArticles } from './library/sort-articles';
import { useFileDrop } from './library/use-file-drop';
import { useImport } from './library/use-import';
import { useSortOrder } from './library/use-sort-order';
import { ReaderControls } from './settings/ReaderControls';
import { useSettings } from './settings/use-settings';
import { AnnotationsColumn } from './shell/AnnotationsColumn';
import { ExportDialogLoader } from './shell/ExportDialogLoader';
import { ReaderColumn } from './shell/ReaderColumn';
import { ShortcutsSheet } from './shell/ShortcutsSheet';
import { useBootstrap } from './shell/use-bootstrap';
import { useExportView } from './shell/use-export-view';
import { useFind } from './shell/use-find';
import { useLibraryRefresh } from './shell/use-library-refresh';
import { useOpenArticle } from './shell/use-open-article';
import { isNarrowWindow, usePanels } from './shell/use-panels';
import { useWindowKeys } from './shell/use-window-keys';
import { ConnectionError } from './ui/States';
import { useToast } from './ui/Toasts';

/** The whole window: library, reading pane, annotations column. */
export function App({ client }: { client: Client }) {
  const { boot, retry, refreshArticles } = useBootstrap(client);
  if (boot.status === 'error') return <ConnectionError code={boot.code} message={boot.message} onRetry={retry} />;
  return <Workspace client={client} boot={boot} refreshArticles={refreshArticles} />;
}

type WorkspaceProps = {
  client: Client;
  boot: Exclude<ReturnType<typeof useBootstrap>['boot'], { status: 'error' }>;
  refreshArticles(): void;
};

function Workspace({ client, boot, refreshArticles }: WorkspaceProps) {
  const toast = useToast();
  const onError = useCallback((message: string) => toast(message, 'error'), [toast]);
  const settings = useSettings(client, boot.settings, onError);
  const [sortOrder, setSortOrder] = useSortOrder();
  const sorted = useMemo(() => (boot.articles ? sortArticles(boot.articles, sortOrder) : null), [boot.articles, sortOrder]);
  const panels = usePanels();
  const [sheetOpen, setSheetOpen] = useState(false);
  const showShortcuts = useCallback(() => setSheetOpen(true), []);
  const exporting = useExportView();
  const [query, setQuery] = useState('');
  const { searchRef, find } = useFind(panels.libraryOpen, panels.toggleLibrary);
  const scrollRef = useRef<HTMLElement | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const focusReader = () => scrollRef.current?.focus({ preventScroll: true });

  const reader = useOpenArticle({ client, articles: boot.articles, reading: boot.reading, scrollRef, onError });
  const { state, currentId, open } = reader;
  const step = useCallback(
    (delta: number) => {
      const id = sorted && neighbourId(sorted, currentId, delta);
      if (id) open(id);
    },
    [sorted, currentId, open],
  );
  const { dismissLibrary } = panels;
  const openFromLibrary = useCallback(
    (id: string, via: 'click' | 'keys') => {
      open(id);
      if (via === 'click' && isNarrowWindow()) dismissLibrary();
    },
    [open, dismissLibrary],
  );

  const importer = useImport({ client, toast, refreshArticles, open });
  const dragging = useFileDrop((files) => void importer.importFiles(files));
  useWindowKeys({
    articles: boot.articles,
    reading: boot.reading,
    currentId,
    open,
    step,
    settings,
    panels,
    showShortcuts,
    find,
    openExport: exporting.openExport,
    pickImport: importer.pick,
  });
  useLibraryRefresh(client, reader.readyId, refreshArticles);

  return (
    <div className="app" data-library={panels.libraryOpen ? 'open' : 'closed'} data-annotations={panels.annotationsOpen ? 'open' : 'closed'}>
      {panels.libraryOpen && (
        <LibrarySidebar
          client={client}
          articles={sorted}
          currentId={currentId}
          sortOrder={sortOrder}
          onSortOrder={setSortOrder}
          onOpen={openFromLibrary}
          query={query}
          onQuery={setQuery}
          searchRef={searchRef}
          onLeaveSearch={focusReader}
          onImport={importer.pick}
        />
      )}
      <ReaderColumn
        client={client}
        state={state}
        hasArticles={(boot.articles?.length ?? 0) > 0}
        fraction={reader.fraction}
        libraryOpen={panels.libraryOpen}
        annotationsOpen={panels.annotationsOpen}
        onToggleLibrary={panels.toggleLibrary}
        onToggleAnnotations={panels.toggleAnnotations}
        onShowShortcuts={showShortcuts}
        onRetry={reader.retry}
        scrollRef={scrollRef}
        rootRef={rootRef}
        tools={
          <>
            <ReaderControls settings={settings} />
            <ExportButton onClick={() => exporting.openExport('export')} />
          </>
        }
      />
      <AnnotationsColumn client={client} state={state} open={panels.annotationsOpen} rootRef={rootRef} scrollRef={scrollRef} onShowColumn={panels.showAnnotations} />
      <ShortcutsSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      <ExportDialogLoader
        client={client}
        view={exporting.view}
        loaded={exporting.loaded}
        onTab={exporting.setTab}
        onClose={exporting.close}
        article={state.status === 'ready' ? { id: state.id, title: state.article.title } : null}
        articles={boot.articles}
      />
      <ImportInput inputRef={importer.inputRef} onChange={importer.onInputChange} />
      <DropOverlay visible={dragging} />
    </div>
  );
}
