import { useCallback, useState } from 'react';

const KEY = 'lectern.panels';

interface Panels {
  library: boolean;
  annotations: boolean;
}

/** Matches the CSS breakpoint where the library floats over the reader instead of taking a column. */
const NARROW = '(max-width: 1000px)';

/** True when the window is too narrow for three columns. */
export function isNarrowWindow(): boolean {
  return typeof matchMedia === 'function' && matchMedia(NARROW).matches;
}

function readStored(): Panels {
  let stored: Partial<Panels> = {};
  try {
    stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Panels>;
  } catch {
    // Unreadable or unavailable storage: both panels open.
  }
  // A narrow window starts on the text; the floating library is one key ( [ ) away.
  return { library: stored.library !== false && !isNarrowWindow(), annotations: stored.annotations !== false };
}

/** Which side columns are shown; remembered per device. */
export function usePanels() {
  const [panels, setPanels] = useState<Panels>(readStored);
  const toggle = useCallback((which: keyof Panels) => {
    setPanels((current) => {
      const next = { ...current, [which]: !current[which] };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Without storage the layout lasts for this page only.
      }
      return next;
    });
  }, []);
  /** Closes the floating library after a choice, without changing the remembered layout. */
  const dismissLibrary = useCallback(() => setPanels((current) => ({ ...current, library: false })), []);
  /** Opens the annotations column for something that needs it (a note editor), without changing the remembered layout. */
  const showAnnotations = useCallback(() => setPanels((current) => (current.annotations ? current : { ...current, annotations: true })), []);
  return {
    dismissLibrary,
    showAnnotations,
    libraryOpen: panels.library,
    annotationsOpen: panels.annotations,
    toggleLibrary: useCallback(() => toggle('library'), [toggle]),
    toggleAnnotations: useCallback(() => toggle('annotations'), [toggle]),
  };
}
