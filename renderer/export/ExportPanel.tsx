import type { ExportOptions } from '../../main/contract';
import type { Client } from '../api/client';
import { BackupSection } from './BackupSection';
import { copyText } from '../ui/clipboard';
import { downloadBlob, downloadText } from '../ui/downloads';
import { zipTexts } from './download';
import { ExportOptionsForm } from './ExportOptionsForm';
import { TaskStatus } from './TaskStatus';
import { useTask, type TaskMessage } from './use-task';

/** The file name of "Export all". */
export const LIBRARY_ZIP_NAME = 'lectern-export.zip';
const MARKDOWN = 'text/markdown;charset=utf-8';

interface Props {
  client: Client;
  /** The open article, when there is one. */
  article: { id: string; title: string } | null;
  options: ExportOptions;
  onOptions(patch: Partial<ExportOptions>): void;
  /** After a restore that added or changed annotations. */
  onImported(): void;
}

function withWarnings(text: string, warnings: readonly string[]): TaskMessage {
  return warnings.length > 0 ? { kind: 'info', text, details: [...new Set(warnings)] } : { kind: 'info', text };
}

/** Export to Markdown (this article, its Markdown on the clipboard, or the whole library as a zip) and the annotations backup. */
export function ExportPanel({ client, article, options, onOptions, onImported }: Props) {
  const { busy, message, run } = useTask();

  const exportArticle = () =>
    article &&
    run(
      'article',
      async () => {
        const file = await client.exportArticle({ articleId: article.id, options });
        downloadText(file.fileName, file.markdown, MARKDOWN);
        return withWarnings(`Saved “${file.fileName}” to your downloads.`, file.warnings);
      },
      'Could not export the article',
    );

  const copyArticle = () =>
    article &&
    run(
      'copy',
      async () => {
        const file = await client.exportArticle({ articleId: article.id, options });
        await copyText(file.markdown);
        return withWarnings('Copied the article’s export as Markdown.', file.warnings);
      },
      'Could not copy the Markdown',
    );

  const exportAll = () =>
    run(
      'all',
      async () => {
        const { files, index } = await client.exportLibrary({ options });
        const zip = zipTexts([...files, index].map((f) => ({ fileName: f.fileName, text: f.markdown })));
        downloadBlob(LIBRARY_ZIP_NAME, new Blob([zip], { type: 'application/zip' }));
        const count = files.length === 1 ? '1 article' : `${files.length} articles`;
        return withWarnings(`Saved “${LIBRARY_ZIP_NAME}”: ${count} and an index.`, [...files, index].flatMap((f) => f.warnings));
      },
      'Could not export the library',
    );

  return (
    <div className="export-panel">
      <ExportOptionsForm options={options} onChange={onOptions} />
      <section className="export-section" aria-labelledby="export-markdown-title">
        <h3 id="export-markdown-title">Markdown</h3>
        <p className="section-hint">
          {article ? (
            <>
              Highlights and notes of <cite>{article.title || 'the open article'}</cite>, or of every article.
            </>
          ) : (
            'Open an article to export it on its own; the whole library can be exported any time.'
          )}
        </p>
        <div className="button-row">
          <button type="button" className="button button-primary" data-action="export-article" disabled={!article || busy !== null} onClick={exportArticle}>
            {busy === 'article' ? 'Exporting…' : 'Export this article'}
          </button>
          <button type="button" className="button" disabled={!article || busy !== null} onClick={copyArticle}>
            {busy === 'copy' ? 'Copying…' : 'Copy as Markdown'}
          </button>
          <button type="button" className="button" data-action="export-all" disabled={busy !== null} onClick={exportAll}>
            {busy === 'all' ? 'Exporting…' : 'Export all (.zip)'}
          </button>
        </div>
        <TaskStatus message={message} />
      </section>
      <BackupSection client={client} onImported={onImported} />
    </div>
  );
}
