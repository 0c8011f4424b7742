import { useCallback, useRef, useState } from 'react';
import { describeError } from '../ui/describe-error';

/** What the last action said: shown in a live region under the buttons. */
export type TaskMessage = { kind: 'info' | 'error'; text: string; details?: string[] } | null;

/**
 * Runs one action at a time (export, copy, backup…): `busy` names the running one so its
 * button can say so, and the outcome, success or failure, becomes `message`.
 */
export function useTask() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<TaskMessage>(null);
  const running = useRef(false);

  const run = useCallback(async (name: string, action: () => Promise<TaskMessage>, failure: string) => {
    if (running.current) return;
    running.current = true;
    setBusy(name);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (err) {
      setMessage({ kind: 'error', text: `${failure}: ${describeError(err)}` });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  return { busy, message, setMessage, run };
}
