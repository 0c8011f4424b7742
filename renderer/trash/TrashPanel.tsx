import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary, Output } from '../../main/contract';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';
import { exactTime, relativeTime } from '../ui/relative-time';
import { daysLeft, daysLeftLabel, TRASH_DAYS } from './trash-time';

type TrashEntry = Output<'listTrash'>[number];
type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; entries: TrashEntry[] };

interface Props {
  client: Client;
  articles: readonly ArticleSummary[] | null;
  /** After a highlight came back, with the article it belongs to. */
  onRestored(articleId: string): void;
}

const MAX_QUOTE = 280;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/** Deleted highlights, newest first, each with the time it has left and a Restore button. */
export function TrashPanel({ client, articles, onRestored }: Props) {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [restoring, setRestoring] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // The restored entry's button goes away; focus moves to the entry that takes its place.
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || state.status !== 'ready') return;
    focusIndex.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.trash-restore');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : null;
    (next ?? rootRef.current)?.focus();
  }, [state]);

  useEffect(() => {
    let alive = true;
    client.listTrash({}).then(
      (entries) => alive && setState({ status: 'ready', entries }),
      (err: unknown) => alive && setState({ status: 'failed', message: describeError(err) }),
    );
    return () => {
      alive = false;
    };
  }, [client, attempt]);

  const titleOf = (id: string) => articles?.find((a) => a.id === id)?.title ?? null;

  async function restore(entry: TrashEntry) {
    const { id, articleId } = entry.annotation;
    setRestoring(id);
    setMessage(null);
    try {
      await client.restoreAnnotation({ id });
      focusIndex.current = state.status === 'ready' ? state.entries.findIndex((e) => e.annotation.id === id) : null;
      setState((s) => (s.status === 'ready' ? { ...s, entries: s.entries.filter((e) => e.annotation.id !== id) } : s));
      const title = titleOf(articleId);
      setMessage({ kind: 'info', text: title ? `Restored the highlight in “${title}”.` : 'Restored the highlight.' });
      onRestored(articleId);
    } catch (err) {
      setMessage({ kind: 'error', text: `Could not restore the highlight: ${describeError(err)}` });
    } finally {
      setRestoring(null);
    }
  }

  const status = (
    <p className="task-status" role="status" data-kind={message?.kind}>
      {message?.text}
    </p>
  );

  if (state.status === 'loading') return <p className="panel-message">Loading the trash…</p>;
  if (state.status === 'failed') {
    return (
      <div className="panel-message panel-error" role="alert">
        <p>Could not load the trash: {state.message}</p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  }

  const now = Date.now();
  return (
    <div className="trash-panel" ref={rootRef} tabIndex={-1}>
      <p className="section-hint">Deleted highlights stay here for {TRASH_DAYS} days, then Lectern removes them for good.</p>
      {status}
      {state.entries.length === 0 ? (
        <div className="panel-message" data-testid="trash-empty">
          <p className="state-title">The trash is empty</p>
          <p>Highlights you delete can be restored from here.</p>
        </div>
      ) : (
        <ul className="trash-list" ref={listRef} aria-label="Deleted highlights">
          {state.entries.map((entry) => {
            const { annotation } = entry;
            const title = titleOf(annotation.articleId);
            const days = daysLeft(entry.deletedAt, now);
            return (
              <li key={annotation.id} className="trash-item" data-colour={annotation.colour}>
                <blockquote className="trash-quote">{shorten(annotation.target.quote.exact)}</blockquote>
                {annotation.note.trim() && <p className="trash-note">{shorten(annotation.note)}</p>}
                <p className="trash-meta">
                  <cite className="trash-article">{title ?? 'An article no longer in the library'}</cite>
                  <span>
                    Deleted{' '}
                    <time dateTime={entry.deletedAt} title={exactTime(entry.deletedAt)}>
                      {relativeTime(entry.deletedAt, now)}
                    </time>
                  </span>
                  <span className="trash-days" data-urgent={days <= 3 || undefined}>
                    {daysLeftLabel(days)}
                  </span>
                </p>
                <button
                  type="button"
                  className="button trash-restore"
                  disabled={restoring !== null}
                  aria-label={`Restore the highlight “${shorten(annotation.target.quote.exact).slice(0, 60)}”`}
                  onClick={() => void restore(entry)}
                >
                  {restoring === annotation.id ? 'Restoring…' : 'Restore'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
