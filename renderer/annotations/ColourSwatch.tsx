import type { Colour } from '../../main/contract';
import { COLOUR_INFO } from './colours';

/** A small square of a highlight colour with its underline style, so it reads without colour vision. */
export function ColourSwatch({ colour, size = 'normal' }: { colour: Colour; size?: 'normal' | 'small' }) {
  return <span className={`ann-swatch ann-swatch-${size}`} data-colour={colour} data-underline={COLOUR_INFO[colour].underline} aria-hidden="true" />;
}
