/** Every keyboard shortcut, grouped as the shortcuts sheet shows them. */
export interface Shortcut {
  /** Keys pressed together; '–' between two keys means a range, 'or' an alternative. */
  keys: string[];
  action: string;
}
export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The primary modifier's label on this platform. */
export const MOD = isMac ? '⌘' : 'Ctrl';

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Library',
    shortcuts: [
      { keys: ['/', 'or', MOD, 'F'], action: 'Search the library' },
      { keys: ['Esc'], action: 'Clear the search (in the search field)' },
      { keys: ['j'], action: 'Open the next article' },
      { keys: ['k'], action: 'Open the previous article' },
      { keys: ['↓', '↑'], action: 'Move through the library list (when it has focus)' },
      { keys: ['['], action: 'Show or hide the library' },
    ],
  },
  {
    title: 'Reading',
    shortcuts: [
      { keys: ['+'], action: 'Larger text' },
      { keys: ['−'], action: 'Smaller text' },
      { keys: [']'], action: 'Show or hide the annotations column' },
      { keys: ['?'], action: 'Show this list of shortcuts' },
      { keys: ['Esc'], action: 'Close this list' },
    ],
  },
  {
    title: 'Highlights and notes (with text selected)',
    shortcuts: [
      { keys: ['H'], action: 'Highlight in the last colour used' },
      { keys: ['1', '–', '5'], action: 'Highlight in colour 1 to 5' },
      { keys: ['N'], action: 'Highlight and write a note' },
      { keys: [MOD, 'Z'], action: 'Undo the last highlight change' },
    ],
  },
  {
    title: 'Export',
    shortcuts: [
      { keys: ['Ctrl', 'Shift', 'E'], action: 'Export this article’s highlights to Markdown' },
      { keys: ['Ctrl', 'Shift', 'C'], action: 'Copy a citation for the selection' },
    ],
  },
];
