import type { PreviewState } from './use-template-preview';

interface Props {
  preview: PreviewState;
  /** The open article the preview renders, or null for the built-in sample. */
  articleTitle: string | null;
  /** The choice between the open article and the sample; null when no article is open. */
  source: { sample: boolean; onChange(sample: boolean): void } | null;
}

/** The Markdown the draft template produces, with the file name and any fallback warnings. */
export function TemplatePreview({ preview, articleTitle, source }: Props) {
  const shown = preview.lastGood;
  // Dimmed while the shown rendering is not the current draft's (typing, or an error in the draft).
  const stale = preview.result === null || !preview.result.ok;
  return (
    <div className="template-preview">
      <div className="preview-header">
        <p className="column-label" id="template-preview-label">
          Preview{' '}
          <span className="column-note">
            {articleTitle ? <>of “{articleTitle}”</> : source ? 'of a sample article' : 'of a sample article (open an article to preview with it)'}
          </span>
        </p>
        {source && (
          <div className="segmented segmented-small" role="group" aria-label="Preview with">
            <button type="button" className="segment" aria-pressed={!source.sample} onClick={() => source.onChange(false)}>
              This article
            </button>
            <button type="button" className="segment" aria-pressed={source.sample} onClick={() => source.onChange(true)}>
              Sample
            </button>
          </div>
        )}
      </div>
      {preview.failure !== null && (
        <p className="panel-message panel-error" role="alert">
          The preview failed: {preview.failure}
        </p>
      )}
      {shown && (
        <p className="preview-file">
          <span className="visually-hidden">File name: </span>
          <code>{shown.fileName}</code>
        </p>
      )}
      <pre className="preview-markdown" tabIndex={0} aria-labelledby="template-preview-label" data-stale={stale || undefined} aria-busy={preview.result === null && preview.failure === null}>
        {shown ? shown.markdown : preview.failure === null ? 'Rendering…' : ''}
      </pre>
      {shown && shown.warnings.length > 0 && (
        <ul className="preview-warnings">
          {[...new Set(shown.warnings)].map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
