import { useRef, useState } from 'react';
import type { ExportOptions } from '../../main/contract';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';
import { lineRange, templateErrorText } from './template-lines';
import { TemplateHelp } from './TemplateHelp';
import { TemplatePreview } from './TemplatePreview';
import { DEFAULT_TEMPLATE, type useTemplateDraft } from './use-template-draft';
import { useTemplatePreview } from './use-template-preview';

interface Props {
  client: Client;
  draft: ReturnType<typeof useTemplateDraft>;
  article: { id: string; title: string } | null;
  options: ExportOptions;
}

/** The export template editor: Mustache source beside a live preview, with Save, Reset and a list of the parts. */
export function TemplatePanel({ client, draft, article, options }: Props) {
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [saveState, setSaveState] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  // The open article shows what your exports will look like; the sample exercises every field.
  const [useSample, setUseSample] = useState(false);
  const text = draft.state.status === 'ready' ? draft.state.draft : '';
  const previewArticle = useSample ? null : article;
  const preview = useTemplatePreview(client, text, previewArticle?.id ?? null, options, draft.state.status === 'ready');

  if (draft.state.status === 'loading') return <p className="panel-message">Loading the template…</p>;
  if (draft.state.status === 'failed') return <p className="panel-message panel-error" role="alert">Could not load the template: {draft.state.message}</p>;

  const problem = preview.result && !preview.result.ok ? preview.result : null;
  const checked = preview.result?.ok === true;
  const canSave = checked && draft.dirty;

  function showLine(line: number) {
    const area = areaRef.current;
    if (!area) return;
    const { start, end } = lineRange(area.value, line);
    area.focus();
    area.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  async function save() {
    setSaveState(null);
    try {
      await draft.save();
      setSaveState({ kind: 'info', text: 'Saved. Exports use this template from now on.' });
    } catch (err) {
      setSaveState({ kind: 'error', text: `Could not save the template: ${describeError(err)}` });
    }
  }

  return (
    <div className="template-panel">
      <div className="template-columns">
        <div className="template-editor">
          <label htmlFor="template-source" className="column-label">
            Template <span className="column-note">Mustache</span>
          </label>
          <textarea
            id="template-source"
            ref={areaRef}
            className="template-source"
            value={text}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            wrap="off"
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'template-error' : 'template-help-summary'}
            onChange={(event) => {
              setSaveState(null);
              draft.setDraft(event.target.value);
            }}
          />
          {problem && (
            <div id="template-error" className="template-error" role="alert">
              {problem.line !== null && <span className="error-line">Line {problem.line}</span>}
              <span className="error-text">{templateErrorText(problem.error)}</span>
              {problem.line !== null && (
                <button type="button" className="link-button" onClick={() => showLine(problem.line!)}>
                  Show the line
                </button>
              )}
            </div>
          )}
        </div>
        <TemplatePreview
          preview={preview}
          articleTitle={previewArticle?.title ?? null}
          source={article ? { sample: useSample, onChange: setUseSample } : null}
        />
      </div>
      <div className="template-actions">
        <button type="button" className="button button-primary" disabled={!canSave} onClick={() => void save()}>
          Save template
        </button>
        <button
          type="button"
          className="button"
          disabled={text === DEFAULT_TEMPLATE}
          onClick={() => {
            setSaveState(null);
            draft.setDraft(DEFAULT_TEMPLATE);
          }}
        >
          Reset to default
        </button>
        <p className="save-state" role="status" data-kind={saveState?.kind}>
          {saveState?.text ?? (problem ? 'Fix the template to save it.' : draft.dirty ? 'Unsaved changes.' : '')}
        </p>
      </div>
      <TemplateHelp />
    </div>
  );
}
