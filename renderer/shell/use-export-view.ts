import { useCallback, useEffect, useState } from 'react';
import type { ExportFocus, ExportTab } from '../export/ExportDialog';

/** Which tab of the export dialog shows, whether it is open, and the button to focus on opening. */
export interface ExportView {
  open: boolean;
  tab: ExportTab;
  focus: ExportFocus;
}

/**
 * The export dialog's place in the window. `loaded` turns true on first open and stays so: the
 * dialog then stays mounted, so closing it keeps what was typed in it.
 */
export function useExportView() {
  const [view, setView] = useState<ExportView>({ open: false, tab: 'export', focus: null });
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (view.open) setLoaded(true);
  }, [view.open]);
  const openExport = useCallback((tab: ExportTab, focus: ExportFocus = null) => setView({ open: true, tab, focus }), []);
  const setTab = useCallback((tab: ExportTab) => setView((v) => ({ ...v, tab })), []);
  const close = useCallback(() => setView((v) => ({ ...v, open: false, focus: null })), []);
  return { view, loaded, openExport, setTab, close };
}
