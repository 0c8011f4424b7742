import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../ui/typing-target';

/** What the app-level keys do; the annotation keys belong to the annotations layer. */
export interface ShortcutActions {
  nextArticle(): void;
  previousArticle(): void;
  toggleLibrary(): void;
  toggleAnnotations(): void;
  changeFontSize(delta: number): void;
  showShortcuts(): void;
  /** Focus the library search (`/`, or Ctrl/⌘+F). */
  find(): void;
}

/** The app's single-key shortcuts by name. */
export type ShortcutName = Exclude<keyof ShortcutActions, 'changeFontSize'> | 'larger' | 'smaller';

/** The shortcut a key press means, or null when it is not an app shortcut. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ShortcutName | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case '/':
      return 'find';
    case 'j':
      return 'nextArticle';
    case 'k':
      return 'previousArticle';
    case '[':
      return 'toggleLibrary';
    case ']':
      return 'toggleAnnotations';
    case '?':
      return 'showShortcuts';
    case '+':
    case '=':
      return 'larger';
    case '-':
    case '_':
      return 'smaller';
    default:
      return null;
  }
}

/** True for Ctrl+F (⌘F on a Mac): the window's find, which searches the library instead of the page. */
export function isFindKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f';
}

/** Listens for the app's single-key shortcuts on the document, outside text fields and dialogs. */
export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      if (isFindKey(event)) {
        event.preventDefault();
        latest.current.find();
        return;
      }
      if (isTypingTarget(event.target)) return;
      const name = shortcutFor(event);
      if (!name) return;
      event.preventDefault();
      const a = latest.current;
      if (name === 'larger') a.changeFontSize(1);
      else if (name === 'smaller') a.changeFontSize(-1);
      else a[name]();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
