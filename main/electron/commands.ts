/**
 * Commands the desktop shell sends to the renderer (menu items, deep links).
 * The renderer subscribes with `window.lectern.onCommand(cb)`; this file has no
 * runtime imports so the renderer may import its types.
 */

export type ThemeChoice = 'system' | 'light' | 'dark';

export type AppCommand =
  /** Open an article, and scroll to and focus one of its annotations when given. */
  | { type: 'open'; articleId: string; annotationId: string | null }
  | { type: 'import' }
  | { type: 'export-article' }
  | { type: 'export-all' }
  | { type: 'find' }
  | { type: 'set-theme'; theme: ThemeChoice }
  | { type: 'font-size'; change: 'increase' | 'decrease' | 'reset' }
  | { type: 'toggle-sidebar'; side: 'library' | 'notes' }
  | { type: 'go'; direction: 'next' | 'previous' }
  | { type: 'show-shortcuts' };

export type AppCommandType = AppCommand['type'];
