/** Editing what each colour means ("green = key fact"); saved to settings as you type. */
import type { Colour } from '../../main/contract';
import { COLOURS, COLOUR_INFO, type ColourLegend } from './colours';
import { ColourSwatch } from './ColourSwatch';

interface Props {
  legend: ColourLegend;
  onChange(colour: Colour, meaning: string): void;
  onDone(): void;
}

/** A collapsible legend with one text field per colour. */
export function ColourLegendEditor({ legend, onChange, onDone }: Props) {
  return (
    <details className="ann-legend">
      <summary className="ann-section-title">Colour legend</summary>
      <ul className="ann-legend-list">
        {COLOURS.map((c, i) => (
          <li key={c} className="ann-legend-row">
            <ColourSwatch colour={c} />
            <kbd className="ann-kbd" title={`Press ${i + 1} to highlight in ${COLOUR_INFO[c].label.toLowerCase()}`}>
              {i + 1}
            </kbd>
            <input
              className="ann-legend-field"
              value={legend[c]}
              maxLength={80}
              aria-label={`Meaning of ${COLOUR_INFO[c].label.toLowerCase()} highlights`}
              onChange={(e) => onChange(c, e.target.value)}
              onBlur={onDone}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}
