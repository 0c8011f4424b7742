/**
 * The five highlight colours: their default meanings, their keyboard digit, and the second
 * cue (underline style) that tells them apart without colour vision.
 */
import type { Colour } from '../../main/contract';
import { COLOURS } from '../../main/contract-constants';

export { COLOURS };
export type { Colour };

export type UnderlineStyle = 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';

/** What each colour looks and sounds like. */
export const COLOUR_INFO: Record<Colour, { label: string; underline: UnderlineStyle; defaultMeaning: string }> = {
  yellow: { label: 'Yellow', underline: 'solid', defaultMeaning: 'Highlight' },
  green: { label: 'Green', underline: 'double', defaultMeaning: 'Key fact' },
  blue: { label: 'Blue', underline: 'dashed', defaultMeaning: 'Idea' },
  pink: { label: 'Pink', underline: 'dotted', defaultMeaning: 'Disagree' },
  purple: { label: 'Purple', underline: 'wavy', defaultMeaning: 'Question' },
};

/** The colour a digit key picks (1 → yellow … 5 → purple), or null. */
export function colourForDigit(key: string): Colour | null {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= COLOURS.length ? COLOURS[n - 1] : null;
}

export type ColourLegend = Record<Colour, string>;

/** The legend as a map, filling colours the settings do not mention with defaults. */
export function legendFromSettings(entries: ReadonlyArray<{ colour: Colour; meaning: string }> | undefined): ColourLegend {
  const legend = Object.fromEntries(COLOURS.map((c) => [c, COLOUR_INFO[c].defaultMeaning])) as ColourLegend;
  for (const e of entries ?? []) if (e.meaning.trim()) legend[e.colour] = e.meaning.trim();
  return legend;
}

/** The legend in the settings' shape. */
export function legendToSettings(legend: ColourLegend): Array<{ colour: Colour; meaning: string }> {
  return COLOURS.map((colour) => ({ colour, meaning: legend[colour].slice(0, 80) }));
}

/** A label naming colour, meaning and key, e.g. "Green: Key fact (2)". */
export function colourLabel(colour: Colour, legend: ColourLegend): string {
  const meaning = legend[colour];
  const name = COLOUR_INFO[colour].label;
  const digit = COLOURS.indexOf(colour) + 1;
  return meaning && meaning !== name ? `${name}: ${meaning} (${digit})` : `${name} (${digit})`;
}
