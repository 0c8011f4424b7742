/** The article-level note: loaded with the article, saved optimistically, undoable when cleared. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LecternClient } from '../../main/contract';
import { describeError } from '../ui/describe-error';
import type { UndoStack } from './undo-stack';

type NoteApi = Pick<LecternClient, 'getArticleNote' | 'saveArticleNote'>;

export interface ArticleNoteState {
  note: string;
  modified: string | null;
  loaded: boolean;
  save(next: string, opts?: { undoable?: boolean }): Promise<boolean>;
}

/** Loads and saves the note of one article. */
export function useArticleNote(api: NoteApi, articleId: string, undo: UndoStack, onError: (m: string) => void): ArticleNoteState {
  const [state, setState] = useState({ note: '', modified: null as string | null, loaded: false });
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    let live = true;
    setState({ note: '', modified: null, loaded: false });
    api.getArticleNote({ articleId }).then(
      (got) => live && setState({ note: got.note, modified: got.modified, loaded: true }),
      (err) => {
        if (!live) return;
        setState((s) => ({ ...s, loaded: true }));
        onError(`Could not load the article note: ${describeError(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [api, articleId, onError]);

  const save = useCallback(
    async (next: string, { undoable = true } = {}): Promise<boolean> => {
      const before = current.current;
      if (next === before.note) return true;
      setState({ note: next, modified: new Date().toISOString(), loaded: true });
      try {
        await api.saveArticleNote({ articleId, note: next });
      } catch (err) {
        setState(before);
        onError(`Could not save the article note: ${describeError(err)}`);
        return false;
      }
      if (undoable && before.note.trim() && !next.trim()) {
        undo.push({
          label: 'Article note deleted',
          toast: true,
          undo: async () => {
            if (!(await save(before.note, { undoable: false }))) throw new Error('could not restore the note');
          },
        });
      }
      return true;
    },
    [api, articleId, undo, onError],
  );

  return { ...state, save };
}
