import { useCallback, useState } from 'react';
import { SORT_ORDERS, type SortOrder } from './sort-articles';

const KEY = 'lectern.librarySort';

function readStored(): SortOrder {
  try {
    const stored = localStorage.getItem(KEY);
    return SORT_ORDERS.includes(stored as SortOrder) ? (stored as SortOrder) : 'date';
  } catch {
    return 'date';
  }
}

/** The library's sort order, remembered in localStorage (a per-device view choice, not a setting). */
export function useSortOrder(): [SortOrder, (order: SortOrder) => void] {
  const [order, setOrder] = useState<SortOrder>(readStored);
  const update = useCallback((next: SortOrder) => {
    setOrder(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Without storage the choice lasts for this page only.
    }
  }, []);
  return [order, update];
}
