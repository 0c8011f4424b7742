/**
 * Keyboard shortcuts of the annotations UI. Single keys (H, 1–5, N) act only outside text
 * fields; Ctrl/Cmd+Z undoes the last highlight change; Ctrl+Shift+C cites, Ctrl+Shift+E exports.
 */
import { useEffect, useRef } from 'react';
import type { Colour } from '../../main/contract';
import { colourForDigit } from './colours';
import { isTypingTarget } from '../ui/typing-target';

export interface KeyActions {
  /** Highlights the current selection; false when there is none. */
  highlight(colour: Colour | null, openNote: boolean): boolean;
  /** Sets the colour of the focused annotation; false when none is focused. */
  recolourFocused(colour: Colour): boolean;
  editFocused(): boolean;
  setLastColour(colour: Colour): void;
  undo(): boolean;
  cite(): void;
  exportArticle(): void;
  unfocus(): boolean;
}

/** Installs the shortcuts on the document for as long as the component is mounted. */
export function useAnnotationKeys(actions: KeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent): void {
      if (e.defaultPrevented || e.isComposing || isTypingTarget(e.target)) return;
      const a = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey) {
        if (!e.shiftKey && e.key.toLowerCase() === 'z') {
          if (a.undo()) e.preventDefault();
        } else if (e.shiftKey && e.code === 'KeyC') {
          e.preventDefault();
          a.cite();
        } else if (e.shiftKey && e.code === 'KeyE') {
          e.preventDefault();
          a.exportArticle();
        }
        return;
      }
      if (e.altKey || mod) return;
      const key = e.key.toLowerCase();
      const digitColour = colourForDigit(e.key);
      let handled = false;
      if (key === 'h') handled = a.highlight(null, false);
      else if (key === 'n') handled = a.highlight(null, true) || a.editFocused();
      else if (digitColour) {
        handled = a.highlight(digitColour, false) || a.recolourFocused(digitColour);
        a.setLastColour(digitColour);
      } else if (key === 'escape') handled = a.unfocus();
      if (handled) e.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
