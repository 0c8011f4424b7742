/**
 * Puts the reader's settings onto the document: the theme as `data-theme` on <html>
 * (absent for "system", so the CSS follows prefers-color-scheme) and the font size as a
 * custom property. Both go through the CSSOM, which the strict CSP allows.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const MIN_FONT_SIZE = 12;
export const MAX_FONT_SIZE = 32;
export const DEFAULT_FONT_SIZE = 19;

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Clamps a font size to what the contract accepts. */
export function clampFontSize(size: number): number {
  if (!Number.isFinite(size)) return DEFAULT_FONT_SIZE;
  return Math.min(MAX_FONT_SIZE, Math.max(MIN_FONT_SIZE, Math.round(size)));
}

/** The theme after `current` in the System → Light → Dark cycle. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  const index = THEME_CHOICES.indexOf(current);
  return THEME_CHOICES[(index + 1) % THEME_CHOICES.length];
}

/** Applies the theme to the root element. */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies the reading font size (the UI chrome keeps its own size). */
export function applyFontSize(size: number, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--reader-font-size', `${clampFontSize(size)}px`);
}
