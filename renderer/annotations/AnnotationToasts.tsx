/** Floating messages for the annotations UI: "Highlight deleted — Undo" for ~8 s, and errors. */
import { useEffect, useState } from 'react';
import type { UndoEntry, UndoStack } from './undo-stack';
import type { Message } from './use-messages';

export const UNDO_TOAST_MS = 8000;

interface Props {
  undo: UndoStack;
  messages: Message[];
  onDismiss(id: number): void;
}

/** Shows the newest toast-worthy undo entry and any errors, bottom right. */
export function AnnotationToasts({ undo, messages, onDismiss }: Props) {
  const [entry, setEntry] = useState<UndoEntry | null>(null);

  useEffect(() => {
    let shown: UndoEntry | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = undo.subscribe(() => {
      const top = undo.peek();
      if (top && top !== shown && top.toast) {
        shown = top;
        setEntry(top);
        clearTimeout(timer);
        timer = setTimeout(() => setEntry((e) => (e === top ? null : e)), UNDO_TOAST_MS);
      } else if (shown && top !== shown) {
        setEntry((e) => (e === shown ? null : e)); // undone or superseded
      }
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [undo]);

  const item = (m: Message) => (
    <div key={m.id} className="ann-toast" data-kind={m.kind}>
      <span>{m.message}</span>
      <button type="button" className="ann-toast-close" aria-label="Dismiss" onClick={() => onDismiss(m.id)}>
        ×
      </button>
    </div>
  );

  return (
    <div className="ann-toasts">
      <div role="status" aria-live="polite">
        {entry && (
          <div className="ann-toast">
            <span>{entry.label}.</span>
            <button
              type="button"
              className="ann-button ann-button-small ann-button-primary"
              onClick={() => {
                setEntry(null);
                void undo.undo(entry).catch(() => {});
              }}
            >
              Undo
            </button>
          </div>
        )}
        {messages.filter((m) => m.kind === 'info').map(item)}
      </div>
      <div role="alert">{messages.filter((m) => m.kind === 'error').map(item)}</div>
    </div>
  );
}
