import { MAX_FONT_SIZE, MIN_FONT_SIZE, THEME_CHOICES, type ThemeChoice } from './apply-settings';
import type { SettingsControls } from './use-settings';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };
const THEME_TITLES: Record<ThemeChoice, string> = {
  system: 'Follow the system’s light or dark appearance',
  light: 'Always light',
  dark: 'Always dark',
};

/** Font size (A−/A+) and theme (Auto/Light/Dark) controls for the reading toolbar. */
export function ReaderControls({ settings }: { settings: SettingsControls }) {
  return (
    <div className="reader-controls">
      <div className="font-size-control" role="group" aria-label="Text size">
        <button
          type="button"
          className="tool-button"
          onClick={() => settings.changeFontSize(-1)}
          disabled={settings.fontSize <= MIN_FONT_SIZE}
          title="Smaller text (−)"
        >
          <span aria-hidden="true">
            <span className="font-glyph font-glyph-small">A</span>−
          </span>
          {/* The name is words, not the glyphs: a screen reader says "Smaller text", axe sees no mismatch. */}
          <span className="visually-hidden">Smaller text</span>
        </button>
        <output className="font-size-value" aria-live="polite" aria-label="Text size in pixels" data-testid="font-size">
          {settings.fontSize}
        </output>
        <button
          type="button"
          className="tool-button"
          onClick={() => settings.changeFontSize(1)}
          disabled={settings.fontSize >= MAX_FONT_SIZE}
          title="Larger text (+)"
        >
          <span aria-hidden="true">
            <span className="font-glyph">A</span>+
          </span>
          <span className="visually-hidden">Larger text</span>
        </button>
      </div>
      <div className="segmented" role="group" aria-label="Theme">
        {THEME_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            className="segment"
            aria-pressed={settings.theme === choice}
            title={THEME_TITLES[choice]}
            onClick={() => settings.setTheme(choice)}
          >
            {THEME_LABELS[choice]}
          </button>
        ))}
      </div>
    </div>
  );
}
