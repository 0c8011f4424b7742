import { useCallback, useState } from 'react';

const KEY = 'lectern.panels';

interface Panels {
  library: boolean;
  annotations: boolean;
}

function readStored(): Panels {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Panels>;
    return { library: stored.library !== false, annotations: stored.annotations !== false };
  } catch {
    return { library: true, annotations: true };
  }
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
  return {
    libraryOpen: panels.library,
    annotationsOpen: panels.annotations,
    toggleLibrary: useCallback(() => toggle('library'), [toggle]),
    toggleAnnotations: useCallback(() => toggle('annotations'), [toggle]),
  };
}
