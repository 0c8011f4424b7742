/** The colour H and the toolbar's Note use: the last one picked, remembered across sessions. */
import { useCallback, useState } from 'react';
import { COLOURS, type Colour } from './colours';

const LAST_COLOUR_KEY = 'lectern.lastColour';

/** The last colour used, and a setter that remembers it. */
export function useLastColour(): [Colour, (c: Colour) => void] {
  const [colour, setColour] = useState<Colour>(() => {
    try {
      const saved = localStorage.getItem(LAST_COLOUR_KEY) as Colour | null;
      return saved && COLOURS.includes(saved) ? saved : 'yellow';
    } catch {
      return 'yellow';
    }
  });
  const set = useCallback((c: Colour) => {
    setColour(c);
    try {
      localStorage.setItem(LAST_COLOUR_KEY, c);
    } catch {
      // Private windows may refuse storage; the colour still holds for this session.
    }
  }, []);
  return [colour, set];
}
