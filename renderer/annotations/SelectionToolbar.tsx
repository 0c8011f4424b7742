/** The small toolbar next to a text selection: five colours, Note, Copy. */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { COLOURS, colourLabel, type Colour, type ColourLegend } from './colours';
import { ColourSwatch } from './ColourSwatch';
import type { TextSelection } from './use-selection';

interface Props {
  selection: TextSelection;
  legend: ColourLegend;
  lastColour: Colour;
  onHighlight(colour: Colour): void;
  onNote(): void;
  onCopy(): void;
}

const GAP = 8;

/** Keeps the document selection when a toolbar button is pressed. */
function keepSelection(e: MouseEvent) {
  e.preventDefault();
}

/** Arrow keys, Home and End move between the toolbar's buttons (the ARIA toolbar pattern). */
function moveFocus(e: KeyboardEvent<HTMLDivElement>): void {
  const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  buttons[(next + buttons.length) % buttons.length]?.focus();
}

/** Above the selection's first line when there is room, else below its last line. */
function place(sel: TextSelection, width: number, height: number): { top: number; left: number } {
  const above = sel.firstRect.top - height - GAP;
  const top = above >= GAP ? above : Math.min(sel.lastRect.bottom + GAP, window.innerHeight - height - GAP);
  const anchorX = above >= GAP ? sel.firstRect.left + sel.firstRect.width / 2 : sel.lastRect.left + sel.lastRect.width / 2;
  const left = Math.max(GAP, Math.min(anchorX - width / 2, window.innerWidth - width - GAP));
  return { top, left };
}

/** Floating toolbar for the current selection. */
export function SelectionToolbar({ selection, legend, lastColour, onHighlight, onNote, onCopy }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setPos(place(selection, el.offsetWidth, el.offsetHeight));
  }, [selection]);

  return (
    <div
      ref={ref}
      className="ann-toolbar"
      role="toolbar"
      aria-label="Highlight the selected text"
      onMouseDown={keepSelection}
      onKeyDown={moveFocus}
      style={pos ? { top: pos.top, left: pos.left } : { visibility: 'hidden', top: 0, left: 0 }}
    >
      {COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className="ann-tool ann-tool-colour"
          data-colour={colour}
          data-last={colour === lastColour || undefined}
          aria-label={`Highlight ${colourLabel(colour, legend)}`}
          title={colourLabel(colour, legend)}
          onClick={() => onHighlight(colour)}
        >
          <ColourSwatch colour={colour} />
        </button>
      ))}
      <span className="ann-tool-sep" aria-hidden="true" />
      <button type="button" className="ann-tool ann-tool-text" aria-label="Highlight and add a note (N)" title="Highlight and add a note (N)" onClick={onNote}>
        Note
      </button>
      <button type="button" className="ann-tool ann-tool-text" aria-label="Copy the selected text" title="Copy the selected text" onClick={onCopy}>
        Copy
      </button>
    </div>
  );
}
