import type { BridgeCommand } from '../api/client';
import { THEME_CHOICES, type ThemeChoice } from '../settings/apply-settings';

/** A command from the Electron menu or an OS-level deep link, in the shape the app acts on. */
export type AppCommand =
  | { type: 'open'; articleId: string; annotationId: string | null }
  | { type: 'theme'; theme: ThemeChoice | null }
  | { type: 'font-size'; change: number | 'reset' }
  | { type: 'next-article' | 'previous-article' | 'toggle-library' | 'toggle-annotations' | 'shortcuts' };

/** Window event re-broadcasting every bridge command, for the parts of the UI that handle the rest (export, import, find). */
export const COMMAND_EVENT = 'lectern:command';

const SIMPLE: Record<string, AppCommand['type']> = {
  'next-article': 'next-article',
  'previous-article': 'previous-article',
  'toggle-library': 'toggle-library',
  'toggle-annotations': 'toggle-annotations',
  shortcuts: 'shortcuts',
  'show-shortcuts': 'shortcuts',
};

function isTheme(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function fontSizeChange(raw: BridgeCommand): number | 'reset' {
  const { change, delta, value } = raw;
  if (change === 'reset') return 'reset';
  if (change === 'decrease' || change === 'smaller') return -1;
  if (change === 'increase' || change === 'larger') return 1;
  const step = delta ?? value;
  if (typeof step === 'number' && Number.isFinite(step) && step !== 0) return Math.round(step) || Math.sign(step);
  return 1;
}

/**
 * Reads a bridge command (main/electron/commands.ts: `set-theme`, `font-size` with
 * `change`, `toggle-sidebar` with `side`, `go` with `direction`, `show-shortcuts`) and the
 * short forms (`theme`, `next-article`, `toggle-library`…). Commands this part of the UI
 * does not handle give null.
 */
export function parseCommand(raw: BridgeCommand): AppCommand | null {
  if (!raw || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'open':
      return typeof raw.articleId === 'string' && raw.articleId
        ? { type: 'open', articleId: raw.articleId, annotationId: typeof raw.annotationId === 'string' ? raw.annotationId : null }
        : null;
    case 'set-theme':
    case 'theme': {
      const theme = raw.theme ?? raw.value;
      return { type: 'theme', theme: isTheme(theme) ? theme : null };
    }
    case 'font-size':
      return { type: 'font-size', change: fontSizeChange(raw) };
    case 'toggle-sidebar':
      return { type: raw.side === 'library' ? 'toggle-library' : 'toggle-annotations' };
    case 'go':
      return { type: raw.direction === 'previous' ? 'previous-article' : 'next-article' };
    default: {
      const type = SIMPLE[raw.type];
      return type ? ({ type } as AppCommand) : null;
    }
  }
}
