/**
 * The deliberate in-between screens: loading skeletons, the empty library, and the errors
 * a reader can do something about.
 */
import type { ArticleSummary } from '../../main/contract';
import type { ClientErrorCode } from '../api/client';

/** Grey bars where the article list will be (fades in only if loading is slow). */
export function LibrarySkeleton() {
  return (
    <ul className="library-list skeleton" aria-busy="true" aria-label="Loading articles">
      {[0, 1, 2, 3, 4].map((i) => (
        <li key={i} className="skeleton-entry">
          <span className="skeleton-bar skeleton-title" />
          <span className="skeleton-bar skeleton-title skeleton-short" />
          <span className="skeleton-bar skeleton-meta" />
        </li>
      ))}
    </ul>
  );
}

/** Shown when the seeds folder has no articles. */
export function LibraryEmpty() {
  return (
    <div className="library-empty" data-testid="library-empty">
      <p className="state-title">No articles yet</p>
      <p>
        Lectern reads plain-text articles (<code>.txt</code>) from its seeds folder: <code>seeds/</code> beside the
        app, or the folder given with <code>--seeds-dir</code>.
      </p>
      <p>Add files there, then reload.</p>
    </div>
  );
}

/** Placeholder lines shaped like an article while it loads. */
export function ReaderSkeleton() {
  return (
    <div className="article skeleton" aria-busy="true" aria-label="Loading the article">
      <span className="skeleton-bar skeleton-h1" />
      <span className="skeleton-bar skeleton-h1 skeleton-short" />
      <span className="skeleton-bar skeleton-meta" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="skeleton-paragraph">
          <span className="skeleton-bar" />
          <span className="skeleton-bar" />
          <span className="skeleton-bar" />
          <span className="skeleton-bar skeleton-short" />
        </div>
      ))}
    </div>
  );
}

/** The reading pane before any article is chosen. */
export function ReaderWelcome({ hasArticles }: { hasArticles: boolean }) {
  return (
    <div className="state-panel" data-testid="reader-welcome">
      <p className="state-title">{hasArticles ? 'Choose an article to read' : 'Nothing to read yet'}</p>
      {hasArticles ? (
        <p>
          Pick one from the library, or press <kbd>j</kbd> to open the first. Press <kbd>?</kbd> for every shortcut.
        </p>
      ) : (
        <p>Articles you add to the seeds folder appear in the library on the left.</p>
      )}
    </div>
  );
}

/** An article that can't be shown: a bad file, or a failed load. */
export function ArticleError({ summary, message, onRetry }: { summary?: ArticleSummary; message: string; onRetry?: () => void }) {
  return (
    <div className="state-panel state-error" role="alert" data-testid="article-error">
      <p className="state-title">This article can’t be shown</p>
      <p className="state-reason">{message}</p>
      {summary && (
        <p className="state-detail">
          File: <code>{summary.source}</code>
        </p>
      )}
      {summary?.error ? (
        <p>Fix or replace the file in the seeds folder, then reload.</p>
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )
      )}
    </div>
  );
}

const CONNECTION_HELP: Partial<Record<ClientErrorCode, string>> = {
  unauthorized:
    'The page has no valid access token. Open the exact address that “npm run serve” printed — it ends in #token=… — in this tab.',
  network: 'Lectern’s server is not answering. Check that “npm run serve” is still running in its terminal, then try again.',
};

/** Full-window error when the library cannot be loaded at all. */
export function ConnectionError({ code, message, onRetry }: { code: ClientErrorCode; message: string; onRetry(): void }) {
  return (
    <main className="connection-error" data-testid="connection-error">
      <div className="state-panel state-error" role="alert">
        <p className="state-title">{code === 'unauthorized' ? 'Lectern needs its access token' : 'Lectern can’t load your library'}</p>
        <p className="state-reason">{message}</p>
        <p>{CONNECTION_HELP[code] ?? 'Try again; if it keeps failing, restart Lectern.'}</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
