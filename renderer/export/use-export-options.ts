import { useCallback, useState } from 'react';
import type { ExportOptions } from '../../main/contract';

const KEY = 'lectern.exportOptions';

/** What an export looks like unless the reader chose otherwise (the back end's defaults). */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { groupBy: 'document', includeDetached: true, callouts: true };

/** Stored options, each field checked: a value from an older version or a hand edit falls back to its default. */
export function readExportOptions(raw: string | null): ExportOptions {
  let stored: Partial<Record<keyof ExportOptions, unknown>> = {};
  try {
    stored = (JSON.parse(raw ?? '{}') ?? {}) as typeof stored;
  } catch {
    // Unreadable: the defaults.
  }
  return {
    groupBy: stored.groupBy === 'colour' || stored.groupBy === 'document' ? stored.groupBy : DEFAULT_EXPORT_OPTIONS.groupBy,
    includeDetached: typeof stored.includeDetached === 'boolean' ? stored.includeDetached : DEFAULT_EXPORT_OPTIONS.includeDetached,
    callouts: typeof stored.callouts === 'boolean' ? stored.callouts : DEFAULT_EXPORT_OPTIONS.callouts,
  };
}

function load(): ExportOptions {
  try {
    return readExportOptions(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_EXPORT_OPTIONS;
  }
}

/** The export options, remembered on this device (like the library's sort order). */
export function useExportOptions(): [ExportOptions, (patch: Partial<ExportOptions>) => void] {
  const [options, setOptions] = useState<ExportOptions>(load);
  const update = useCallback((patch: Partial<ExportOptions>) => {
    setOptions((current) => {
      const next = { ...current, ...patch };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Without storage the choice lasts for this page only.
      }
      return next;
    });
  }, []);
  return [options, update];
}
