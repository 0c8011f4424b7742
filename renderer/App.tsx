import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ANNOTATIONS_CHANGED_EVENT, type Client } from './api/client';
import { AnnotationsLayer } from './annotations/AnnotationsLayer';
import { ExportButton } from './export/ExportButton';
import type { ExportFocus, ExportTab } from './export/ExportDialog';
import { DropOverlay, ImportInput } from './library/ImportControls';
import { LibrarySidebar } from './library/LibrarySidebar';
import { neighbourId, sortArticles } from './library/sort-articles';
import { useFileDrop } from './library/use-file-drop';
import { useImport } from './library/use-import';
import { useSortOrder } from './library/use-sort-order';
import { ProgressBar } from './reader/ProgressBar';
import { ReaderToolbar } from './reader/ReaderToolbar';
import { ReadingPane } from './reader/ReadingPane';
import { useArticle } from './reader/use-article';
import { useReadingPosition, type Position } from './reader/use-reading-position';
import { nextTheme } from './settings/apply-settings';
import { ReaderControls } from './settings/ReaderControls';
import { useSettings } from './settings/use-settings';
import type { AppCommand } from './shell/commands';

// The export dialog (templates, zip) loads on first use: a reader opening an article never waits for it.
const ExportDialog = lazy(() => import('./shell/ExportDialogWithTrash').then((m) => ({ default: m.ExportDialogWithTrash })));
import { ErrorBoundary } from './ui/ErrorBoundary';
import { NoticeBanner } from './shell/NoticeBanner';
import { ShortcutsSheet } from './shell/ShortcutsSheet';
import { ConnectionError } from './ui/States';
import { useToast } from './ui/Toasts';
import { useBootstrap } from './shell/use-bootstrap';
import { useFind } from './shell/use-find';
import { useMenuCommands } from './shell/use-menu-commands';
import { useNavigation } from './shell/use-navigation';
import { isNarrowWindow, usePanels } from './shell/use-panels';
import { useShortcuts } from './shell/use-shortcuts';

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
  const [exportView, setExportView] = useState<{ open: boolean; tab: ExportTab; focus: ExportFocus }>({ open: false, tab: 'export', focus: null });
  // Once loaded, the dialog stays mounted so closing it keeps its state, as before.
  const [exportLoaded, setExportLoaded] = useState(false);
  useEffect(() => {
    if (exportView.open) setExportLoaded(true);
  }, [exportView.open]);
  const [query, setQuery] = useState('');
  const { searchRef, find } = useFind(panels.libraryOpen, panels.toggleLibrary);
  const scrollRef = useRef<HTMLElement | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);

  const positions = useRef<Record<string, Position>>({});
  useEffect(() => {
    if (boot.reading) positions.current = { ...boot.reading.byArticle, ...positions.current };
  }, [boot.reading]);
  const savedFraction = useCallback((id: string) => positions.current[id]?.scrollFraction ?? null, []);
  const onSaved = useCallback((id: string, position: Position) => {
    positions.current[id] = position;
  }, []);

  const { state, currentId, open, retry } = useArticle(client, boot.articles, savedFraction);
  const readyId = state.status === 'ready' ? state.id : null;
  const fraction = useReadingPosition({
    client,
    articleId: readyId,
    restoreFraction: state.status === 'ready' ? state.restoreFraction : null,
    initialProgress: readyId ? (positions.current[readyId]?.progress ?? 0) : 0,
    scrollRef,
    onSaved,
    onError,
  });

  const step = useCallback(
    (delta: number) => {
      const id = sorted && neighbourId(sorted, currentId, delta);
      if (id) open(id);
    },
    [sorted, currentId, open],
  );

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
      else if (command.type === 'shortcuts') setSheetOpen(true);
    },
    [settings, step, panels],
  );

  const { dismissLibrary } = panels;
  const openFromLibrary = useCallback(
    (id: string, via: 'click' | 'keys') => {
      open(id);
      if (via === 'click' && isNarrowWindow()) dismissLibrary();
    },
    [open, dismissLibrary],
  );

  useNavigation({ articles: boot.articles, reading: boot.reading, currentId, open, onCommand });
  useShortcuts({
    nextArticle: () => step(1),
    previousArticle: () => step(-1),
    toggleLibrary: panels.toggleLibrary,
    toggleAnnotations: panels.toggleAnnotations,
    changeFontSize: settings.changeFontSize,
    showShortcuts: () => setSheetOpen(true),
    find,
  });

  const importer = useImport({ client, toast, refreshArticles, open });
  const dragging = useFileDrop((files) => void importer.importFiles(files));

  const openExport = useCallback((tab: ExportTab, focus: ExportFocus = null) => setExportView({ open: true, tab, focus }), []);
  useMenuCommands((command) => {
    if (command === 'find') find();
    else if (command === 'export-article') openExport('export', 'export-article');
    else if (command === 'export-all') openExport('export', 'export-all');
    else if (command === 'import') importer.pick();
    else if (command === 'library-changed') refreshArticles();
  });
  // Trash and backup restores reach the open article's annotations, and the library badges, through the
  // client's annotations-changed event: the annotations layer reloads in place, keeping its undo history.

  // With nothing focused, keys like Space and PageDown should scroll the article that just opened.
  useEffect(() => {
    if (readyId && (document.activeElement === document.body || document.activeElement === null)) {
      scrollRef.current?.focus({ preventScroll: true });
    }
  }, [readyId]);

  // Annotation counts in the library go stale as the reader highlights; re-read them now and then.
  useEffect(() => {
    if (readyId) refreshArticles();
  }, [readyId, refreshArticles]);
  useEffect(() => {
    const refresh = () => refreshArticles();
    window.addEventListener('focus', refresh);
    window.addEventListener(ANNOTATIONS_CHANGED_EVENT, refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      window.removeEventListener(ANNOTATIONS_CHANGED_EVENT, refresh);
    };
  }, [refreshArticles]);

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
          onLeaveSearch={() => scrollRef.current?.focus({ preventScroll: true })}
          onImport={importer.pick}
        />
      )}
      <section className="reader" aria-label="Reader">
        <ReaderToolbar
          libraryOpen={panels.libraryOpen}
          annotationsOpen={panels.annotationsOpen}
          hasAnnotations={readyId !== null}
          onToggleLibrary={panels.toggleLibrary}
          onToggleAnnotations={panels.toggleAnnotations}
          onShowShortcuts={() => setSheetOpen(true)}
        >
          <ReaderControls settings={settings} />
          <ExportButton onClick={() => openExport('export')} />
        </ReaderToolbar>
        <ProgressBar fraction={readyId ? fraction : 0} />
        <NoticeBanner client={client} onAllDismissed={() => scrollRef.current?.focus({ preventScroll: true })} />
        <ReadingPane state={state} hasArticles={(boot.articles?.length ?? 0) > 0} scrollRef={scrollRef} rootRef={rootRef} onRetry={retry} />
      </section>
      <div className="annotations-area" data-collapsed={!panels.annotationsOpen || undefined} inert={!panels.annotationsOpen}>
        {state.status === 'ready' && (
          <ErrorBoundary fallback={(error) => <p className="annotations-crashed" role="alert">Highlights are unavailable: {error.message}</p>}>
            <AnnotationsLayer
              key={state.id}
              client={client}
              article={state.article}
              rootRef={rootRef}
              scrollRef={scrollRef}
              focusAnnotationId={state.focusAnnotationId}
              onShowColumn={panels.showAnnotations}
            />
          </ErrorBoundary>
        )}
      </div>
      <ShortcutsSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      {exportView.open || exportLoaded ? (
        <Suspense fallback={null}>
          <ExportDialog
            open={exportView.open}
            tab={exportView.tab}
            focus={exportView.focus}
            onTab={(tab) => setExportView((v) => ({ ...v, tab }))}
            onClose={() => setExportView((v) => ({ ...v, open: false, focus: null }))}
            client={client}
            article={state.status === 'ready' ? { id: state.id, title: state.article.title } : null}
            articles={boot.articles}
          />
        </Suspense>
      ) : null}
      <ImportInput inputRef={importer.inputRef} onChange={importer.onInputChange} />
      <DropOverlay visible={dragging} />
    </div>
  );
}
