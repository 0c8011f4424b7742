import { useCallback, useState } from 'react';
import { DEFAULT_TEMPLATE } from '../../main/contract-templates';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';

export { DEFAULT_TEMPLATE };

/** The text a stored template shows as in the editor: no saved template means the default. */
export function editorText(saved: string | null): string {
  return saved === null || saved.trim() === '' ? DEFAULT_TEMPLATE : saved;
}

/** What to store for an editor text: the default is stored as null, so later improvements to it reach the reader. */
export function storedTemplate(text: string): string | null {
  return text.trim() === '' || text.trim() === DEFAULT_TEMPLATE.trim() ? null : text;
}

type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; saved: string | null; draft: string };

/**
 * The template being edited, kept while the dialog is closed so a stray Escape loses nothing.
 * `load` reads the saved template the first time the editor is shown.
 */
export function useTemplateDraft(client: Client) {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [started, setStarted] = useState(false);

  const load = useCallback(() => {
    if (started) return;
    setStarted(true);
    client.getState({}).then(
      ({ settings }) => setState({ status: 'ready', saved: settings.exportTemplate, draft: editorText(settings.exportTemplate) }),
      (err: unknown) => {
        setStarted(false);
        setState({ status: 'failed', message: describeError(err) });
      },
    );
  }, [client, started]);

  const setDraft = useCallback((draft: string) => setState((s) => (s.status === 'ready' ? { ...s, draft } : s)), []);

  /** Saves the draft; resolves once stored, rejects with the back end's reason. */
  const save = useCallback(async () => {
    if (state.status !== 'ready') return;
    const exportTemplate = storedTemplate(state.draft);
    const settings = await client.saveSettings({ exportTemplate });
    setState((s) => (s.status === 'ready' ? { ...s, saved: settings.exportTemplate } : s));
  }, [client, state]);

  const dirty = state.status === 'ready' && storedTemplate(state.draft) !== storedTemplate(state.saved ?? '');
  return { state, load, setDraft, save, dirty };
}
