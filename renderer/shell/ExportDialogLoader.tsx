import { lazy, Suspense } from 'react';
import type { ArticleSummary } from '../../main/contract';
import type { Client } from '../api/client';
import type { ExportView } from './use-export-view';
import type { ExportTab } from '../export/ExportDialog';

// The export dialog (templates, zip) loads on first use: a reader opening an article never waits for it.
const ExportDialog = lazy(() => import('./ExportDialogWithTrash').then((m) => ({ default: m.ExportDialogWithTrash })));

interface Props {
  client: Client;
  view: ExportView;
  /** True once the dialog was first opened: from then on it stays mounted. */
  loaded: boolean;
  onTab(tab: ExportTab): void;
  onClose(): void;
  article: { id: string; title: string } | null;
  articles: readonly ArticleSummary[] | null;
}

/** The export dialog, fetched and mounted the first time it opens. */
export function ExportDialogLoader({ client, view, loaded, onTab, onClose, article, articles }: Props) {
  if (!view.open && !loaded) return null;
  return (
    <Suspense fallback={null}>
      <ExportDialog open={view.open} tab={view.tab} focus={view.focus} onTab={onTab} onClose={onClose} client={client} article={article} articles={articles} />
    </Suspense>
  );
}
