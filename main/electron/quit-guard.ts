/**
 * Makes quitting wait for pending library writes: the first `before-quit` is held
 * back, the library is closed (flushing its write queue) exactly once, then the app
 * quits for real. A failing close is logged and does not trap the user in the app.
 */

export type QuitGuardOptions = {
  /** Flushes and closes the library; called at most once. */
  close: () => Promise<void>;
  /** Asks the app to quit again (app.quit). */
  quit: () => void;
  log?: (message: string, error: unknown) => void;
};

/** Returns a `before-quit` listener. */
export function createQuitGuard(options: QuitGuardOptions): (event: { preventDefault(): void }) => void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    options
      .close()
      .catch((error: unknown) => options.log?.('Lectern could not save everything before quitting', error))
      .finally(() => {
        state = 'closed';
        options.quit();
      });
  };
}
