import type { ExportOptions } from '../../main/contract';

interface Props {
  options: ExportOptions;
  onChange(patch: Partial<ExportOptions>): void;
}

interface Choice<T> {
  value: T;
  label: string;
  hint: string;
}

const GROUP_BY: Choice<ExportOptions['groupBy']>[] = [
  { value: 'document', label: 'Document order', hint: 'Highlights as they appear in the article' },
  { value: 'colour', label: 'Colour meaning', hint: 'A section per colour, named by your legend' },
];

const QUOTES: Choice<boolean>[] = [
  { value: true, label: 'Obsidian callouts', hint: '> [!quote] blocks' },
  { value: false, label: 'Plain blockquotes', hint: 'Any Markdown reader' },
];

function RadioGroup<T>({ legend, name, choices, value, onPick }: { legend: string; name: string; choices: Choice<T>[]; value: T; onPick(value: T): void }) {
  return (
    <fieldset className="option-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={String(choice.value)} className="option">
          <input type="radio" name={name} checked={value === choice.value} onChange={() => onPick(choice.value)} />
          <span className="option-text">
            <span className="option-label">{choice.label}</span>
            <span className="option-hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** How exports are written: grouping, detached highlights, and the quote style. */
export function ExportOptionsForm({ options, onChange }: Props) {
  return (
    <div className="export-options">
      <RadioGroup legend="Group highlights by" name="export-group-by" choices={GROUP_BY} value={options.groupBy} onPick={(groupBy) => onChange({ groupBy })} />
      <RadioGroup legend="Write quotes as" name="export-quotes" choices={QUOTES} value={options.callouts} onPick={(callouts) => onChange({ callouts })} />
      <fieldset className="option-group">
        <legend>Detached highlights</legend>
        <label className="option">
          <input type="checkbox" checked={options.includeDetached} onChange={(event) => onChange({ includeDetached: event.target.checked })} />
          <span className="option-text">
            <span className="option-label">Include detached highlights</span>
            <span className="option-hint">Ones whose passage changed in the article, in their own section</span>
          </span>
        </label>
      </fieldset>
    </div>
  );
}
