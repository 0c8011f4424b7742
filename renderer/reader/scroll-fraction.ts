/** How far down a scroll container is, from 0 (top) to 1 (bottom); 0 when it cannot scroll. */
export function scrollFractionOf(el: Pick<HTMLElement, 'scrollTop' | 'scrollHeight' | 'clientHeight'>): number {
  const range = el.scrollHeight - el.clientHeight;
  if (range <= 1) return 0;
  return Math.min(1, Math.max(0, el.scrollTop / range));
}

/** Scrolls a container to a fraction of its scrollable range. */
export function scrollToFraction(el: HTMLElement, fraction: number): void {
  const range = el.scrollHeight - el.clientHeight;
  el.scrollTop = range > 0 ? Math.round(Math.min(1, Math.max(0, fraction)) * range) : 0;
}

/** Calls `fn` at most once per `ms` with the latest arguments; `flush` runs a pending call now. */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    if (!pending) return;
    const args = pending;
    pending = null;
    fn(...args);
  };
  return {
    call(...args: A) {
      pending = args;
      if (timer === null) timer = setTimeout(run, ms);
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
