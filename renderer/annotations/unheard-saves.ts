/**
 * A store's own saves that the change stream has not announced back yet. Every save this store
 * sends is announced once, as `local`, to this page; a `local` annotations change with no save
 * of ours left to account for was made by another part of the page (the trash, a backup import),
 * so the store reloads for it. Counting, not matching: the notice may arrive before or after the
 * save's reply, and when in doubt (a reply lost after the server saved) the store reloads once too
 * often, never once too few.
 */
export interface UnheardSaves {
  /** A save is being sent; call the function returned if it failed (no announcement will come). */
  sent(): () => void;
  /** A local change for this article arrived: true when it accounts for one of our saves. */
  claim(): boolean;
}

/** Creates the counter for one store. */
export function createUnheardSaves(): UnheardSaves {
  let unheard = 0;
  return {
    sent() {
      unheard += 1;
      let failed = false;
      return () => {
        if (failed) return;
        failed = true;
        unheard = Math.max(0, unheard - 1);
      };
    },
    claim() {
      if (unheard === 0) return false;
      unheard -= 1;
      return true;
    },
  };
}
