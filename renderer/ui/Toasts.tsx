import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type ToastKind = 'info' | 'error';
interface Toast {
  id: number;
  message: string;
  kind: ToastKind;
}

type Show = (message: string, kind?: ToastKind) => void;
const ToastContext = createContext<Show>(() => {});

const LIFETIME_MS = 6000;

/** Provides `useToast()` and shows the messages in a polite live region, bottom centre. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const show = useCallback<Show>(
    (message, kind = 'info') => {
      const id = nextId.current++;
      // The same failure repeated (say, every throttled save) shows once.
      setToasts((all) => (all.some((t) => t.message === message) ? all : [...all.slice(-2), { id, message, kind }]));
      setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast" data-kind={toast.kind}>
            <span>{toast.message}</span>
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Shows a short message that goes away by itself. */
export function useToast(): Show {
  return useContext(ToastContext);
}
