/** Filter the sidebar's cards by colour and by tag. */
import type { Colour } from '../../main/contract';
import { COLOURS, colourLabel, type ColourLegend } from './colours';
import { ColourSwatch } from './ColourSwatch';

export interface Filters {
  colours: Colour[];
  tag: string | null;
}

interface Props {
  filters: Filters;
  tags: string[];
  legend: ColourLegend;
  onChange(next: Filters): void;
}

/** Colour toggles and a tag picker; nothing selected means "show all". */
export function FilterBar({ filters, tags, legend, onChange }: Props) {
  const active = filters.colours.length > 0 || filters.tag !== null;
  function toggle(colour: Colour): void {
    const has = filters.colours.includes(colour);
    onChange({ ...filters, colours: has ? filters.colours.filter((c) => c !== colour) : [...filters.colours, colour] });
  }
  return (
    <div className="ann-filters" role="group" aria-label="Filter highlights">
      {COLOURS.map((c) => (
        <button
          key={c}
          type="button"
          className="ann-filter-colour"
          aria-pressed={filters.colours.includes(c)}
          aria-label={`Show ${colourLabel(c, legend)}`}
          title={`Show only ${colourLabel(c, legend)}`}
          onClick={() => toggle(c)}
        >
          <ColourSwatch colour={c} size="small" />
        </button>
      ))}
      {tags.length > 0 && (
        <select className="ann-filter-tag" aria-label="Show highlights with tag" value={filters.tag ?? ''} onChange={(e) => onChange({ ...filters, tag: e.target.value || null })}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
      )}
      {active && (
        <button type="button" className="ann-button ann-button-small" onClick={() => onChange({ colours: [], tag: null })}>
          Clear
        </button>
      )}
    </div>
  );
}

/** True when an annotation passes the filters. */
export function matchesFilters(view: { colour: Colour; tags: string[] }, filters: Filters): boolean {
  if (filters.colours.length && !filters.colours.includes(view.colour)) return false;
  if (filters.tag && !view.tags.includes(filters.tag)) return false;
  return true;
}
