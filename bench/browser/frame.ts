/**
 * Timing work to the end of the frame that shows it. The work starts inside a
 * requestAnimationFrame callback, so it runs at the very start of a frame; a message posted
 * from there is delivered only after that frame's style, layout, paint and commit. The time
 * from the start of the work to that message is "work + rendering of its first frame", free
 * of the wait for the next vsync, which is not the code's cost.
 */

/** Milliseconds from the start of `work` to the end of the frame that renders its result. */
export function timeToFrame(work: () => void): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      work();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now() - t0);
      };
      channel.port2.postMessage(null);
    });
  });
}

/** Resolves after `n` frames have been rendered (lets a page settle between measurements). */
export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(() => done(null)));
}
