import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleSummary } from '../../main/contract';
import type { Client } from '../api/client';
import { Modal } from '../ui/Modal';
import { ExportPanel } from './ExportPanel';
import { TemplatePanel } from './TemplatePanel';
import { useExportOptions } from './use-export-options';
import { useTemplateDraft } from './use-template-draft';

/** The dialog's views. */
export type ExportTab = 'export' | 'template' | 'trash';
/** A button to focus when the dialog opens (the Electron menu's "Export Article…" and "Export All…"). */
export type ExportFocus = 'export-article' | 'export-all' | null;

const TABS: { id: ExportTab; label: string }[] = [
  { id: 'export', label: 'Export' },
  { id: 'template', label: 'Template' },
  { id: 'trash', label: 'Trash' },
];

/** What the export dialog needs from the window. */
export interface ExportDialogProps {
  open: boolean;
  tab: ExportTab;
  focus: ExportFocus;
  onTab(tab: ExportTab): void;
  onClose(): void;
  client: Client;
  /** The open article, when there is one. */
  article: { id: string; title: string } | null;
  articles: readonly ArticleSummary[] | null;
  /**
   * Annotations changed behind the reader's back (restore from the trash or a backup); null when any article may have.
   * Optional: the change stream (client.onChange) already tells the open article and the library.
   */
  onAnnotationsChanged?(articleId: string | null): void;
  /**
   * The Trash tab's content. The trash is its own feature, so the shell composes it into this
   * dialog (export never imports trash's internals); it mounts only while its tab is shown.
   */
  trash: ReactNode;
}

/**
 * Export, backup, the export template and the trash, as tabs of one modal dialog. What is
 * typed in the template editor and the chosen options stay while the dialog is closed.
 */
export function ExportDialog(props: ExportDialogProps) {
  const { open, tab, onTab, client, article } = props;
  const [options, setOptions] = useExportOptions();
  const draft = useTemplateDraft(client);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { load } = draft;

  useEffect(() => {
    if (open && tab === 'template') load();
  }, [open, tab, load]);

  // On opening: the button the menu asked for, else the current tab.
  useEffect(() => {
    if (!open) return;
    const body = bodyRef.current;
    const target = props.focus ? body?.querySelector<HTMLElement>(`[data-action="${props.focus}"]:not(:disabled)`) : null;
    (target ?? body?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'))?.focus();
    // Only when the dialog opens or the menu asks again, not on every tab change.
  }, [open, props.focus]);

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((t) => t.id === tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length];
    onTab(target.id);
    event.currentTarget.querySelector<HTMLElement>(`#export-tab-${target.id}`)?.focus();
  }

  return (
    <Modal open={open} onClose={props.onClose} title="Export & backup" titleId="export-dialog-title" className="export-dialog">
      <div ref={bodyRef} className="export-dialog-body">
        <div className="tabs" role="tablist" aria-label="Export and backup" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`export-tab-${t.id}`}
              type="button"
              role="tab"
              className="tab"
              aria-selected={tab === t.id}
              aria-controls={`export-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => onTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {open && (
          <div className="tab-panel" role="tabpanel" id={`export-panel-${tab}`} aria-labelledby={`export-tab-${tab}`}>
            {tab === 'export' && (
              <ExportPanel client={client} article={article} options={options} onOptions={setOptions} onImported={() => props.onAnnotationsChanged?.(null)} />
            )}
            {tab === 'template' && <TemplatePanel client={client} draft={draft} article={article} options={options} />}
            {tab === 'trash' && props.trash}
          </div>
        )}
      </div>
    </Modal>
  );
}
