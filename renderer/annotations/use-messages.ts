/** Short-lived messages (errors stay longer) for the annotations UI's toast area. */
import { useCallback, useRef, useState } from 'react';

export interface Message {
  id: number;
  message: string;
  kind: 'error' | 'info';
}

const LIFETIME = { error: 12_000, info: 3_000 };

/** A list of messages with stable `showError` / `showInfo` callbacks. */
export function useMessages() {
  const [messages, setMessages] = useState<Message[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setMessages((all) => all.filter((m) => m.id !== id)), []);

  const show = useCallback(
    (message: string, kind: Message['kind']) => {
      const id = next.current++;
      setMessages((all) => [...all.filter((m) => m.message !== message).slice(-2), { id, message, kind }]);
      setTimeout(() => dismiss(id), LIFETIME[kind]);
    },
    [dismiss],
  );

  const showError = useCallback((m: string) => show(m, 'error'), [show]);
  const showInfo = useCallback((m: string) => show(m, 'info'), [show]);
  return { messages, showError, showInfo, dismiss };
}
