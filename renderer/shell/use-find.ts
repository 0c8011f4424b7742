import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * "Find" (`/`, Ctrl+F, the menu's Find…): shows the library if it is hidden, then puts focus
 * in its search field with the text selected, ready to be typed over.
 */
export function useFind(libraryOpen: boolean, showLibrary: () => void) {
  const searchRef = useRef<HTMLInputElement | null>(null);
  const [pending, setPending] = useState(false);

  const find = useCallback(() => {
    if (!libraryOpen) showLibrary();
    setPending(true);
  }, [libraryOpen, showLibrary]);

  useEffect(() => {
    if (!pending || !libraryOpen) return;
    setPending(false);
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [pending, libraryOpen]);

  return { searchRef, find };
}
