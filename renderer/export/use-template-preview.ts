import { useEffect, useRef, useState } from 'react';
import type { ExportOptions, Output } from '../../main/contract';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';

export type PreviewResult = Output<'previewExport'>;
export type GoodPreview = Extract<PreviewResult, { ok: true }>;

/**
 * The preview of the draft. `result` is the answer for the draft as it is now (null while it
 * is being rendered); `lastGood` is the latest rendering that worked, kept on screen while the
 * draft is being typed or has an error; `failure` says why the preview itself could not be had.
 */
export interface PreviewState {
  result: PreviewResult | null;
  lastGood: GoodPreview | null;
  failure: string | null;
}

const DEBOUNCE_MS = 250;

/**
 * Renders `template` with the back end's exporter once typing pauses: on the open article,
 * or on a built-in sample when none is open. Out-of-order answers are dropped.
 */
export function useTemplatePreview(client: Client, template: string, articleId: string | null, options: ExportOptions, enabled: boolean): PreviewState {
  const [state, setState] = useState<PreviewState>({ result: null, lastGood: null, failure: null });
  const ticket = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const mine = ++ticket.current;
    setState((s) => ({ ...s, result: null, failure: null }));
    const timer = setTimeout(() => {
      client.previewExport({ template, articleId, options }).then(
        (result) => {
          if (mine === ticket.current) setState((s) => ({ result, lastGood: result.ok ? result : s.lastGood, failure: null }));
        },
        (err: unknown) => {
          if (mine === ticket.current) setState((s) => ({ ...s, failure: describeError(err) }));
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, template, articleId, options, enabled]);

  return state;
}
