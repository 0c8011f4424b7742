/**
 * Timing work to the end of the frame that shows it. The work starts inside a
 * requestAnimationFrame callback, so it runs at the very start of a frame; a message posted
 * from there is delivered only after that frame's style, layout, paint and commit. The time
 * from the start of the work to that message is "work + rendering of its first frame", free
 * of the wait for the next vsync, which is not the code's cost.
 */

/**
 * Milliseconds from the start of `work` to the end of the frame that renders its result.
 * `atEnd` runs when the clock stops (to check what the frame contained).
 */
export function timeToFrame(work: () => void, atEnd?: () => void): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      const t0 = performance.now();
      channel.port1.onmessage = () => {
        const ms = performance.now() - t0;
        channel.port1.close();
        atEnd?.();
        resolve(ms);
      };
      // Posted before the work, so no task the work schedules (timers) can run ahead of it.
      channel.port2.postMessage(null);
      work();
    });
  });
}

/** Resolves after `n` frames have been rendered (lets a page settle between measurements). */
export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(() => done(null)));
}
