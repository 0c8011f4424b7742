import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../main/contract';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';
import { DEFAULT_FONT_SIZE, applyFontSize, applyTheme, clampFontSize, type ThemeChoice } from './apply-settings';

/** What the UI needs from settings: current values and setters that persist. */
export interface SettingsControls {
  theme: ThemeChoice;
  fontSize: number;
  setTheme(theme: ThemeChoice): void;
  /** Changes the font size by `delta` pixels, within 12–32. */
  changeFontSize(delta: number): void;
  /** Back to the default size. */
  resetFontSize(): void;
}

/**
 * Holds theme and font size, applies them to the document at once, and saves them in the
 * background; a failed save is reported through `onError` and the change is kept for the session.
 */
export function useSettings(client: Client, initial: Settings | null, onError: (message: string) => void): SettingsControls {
  const [theme, setThemeState] = useState<ThemeChoice>(initial?.theme ?? 'system');
  const [fontSize, setFontSize] = useState<number>(clampFontSize(initial?.fontSize ?? NaN));
  const fontSizeRef = useRef(fontSize);

  useEffect(() => {
    if (!initial) return;
    setThemeState(initial.theme);
    setFontSize(clampFontSize(initial.fontSize));
    fontSizeRef.current = clampFontSize(initial.fontSize);
  }, [initial]);

  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => applyFontSize(fontSize), [fontSize]);

  const save = useCallback(
    (patch: Partial<Settings>) => {
      client.saveSettings(patch).catch((err: unknown) => onError(`Could not save the setting: ${describeError(err)}`));
    },
    [client, onError],
  );

  const setTheme = useCallback(
    (next: ThemeChoice) => {
      setThemeState(next);
      save({ theme: next });
    },
    [save],
  );

  const changeFontSize = useCallback(
    (delta: number) => {
      const next = clampFontSize(fontSizeRef.current + delta);
      if (next === fontSizeRef.current) return;
      fontSizeRef.current = next;
      setFontSize(next);
      save({ fontSize: next });
    },
    [save],
  );

  const resetFontSize = useCallback(() => changeFontSize(DEFAULT_FONT_SIZE - fontSizeRef.current), [changeFontSize]);

  return { theme, fontSize, setTheme, changeFontSize, resetFontSize };
}
