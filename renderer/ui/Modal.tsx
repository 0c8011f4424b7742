import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  open: boolean;
  onClose(): void;
  /** The heading, also the dialog's accessible name. */
  title: string;
  titleId: string;
  className?: string;
  children: ReactNode;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      !el.hasAttribute('disabled') &&
      el.tabIndex >= 0 &&
      el.getClientRects().length > 0 &&
      // Tab visits one radio of a group: the checked one.
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
}

/**
 * A modal dialog on the native <dialog>: the page behind is inert, Escape and a click on
 * the backdrop close it, and Tab cycles inside it instead of leaving for the browser's own
 * controls. Keys typed inside stay inside: the window's single-key shortcuts and the
 * highlight keys do not fire while it is open.
 */
export function Modal({ open, onClose, title, titleId, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const stops = tabStops(event.currentTarget);
    if (stops.length === 0) return;
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={(event) => {
        // The native close event also follows our own close() a task later; by then the dialog may be open
        // again (a command reopened it), so only a close the dialog still shows, while we think it open, counts.
        if (open && !event.currentTarget.open) onClose();
      }}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="modal-body">
        <header className="sheet-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="tool-button" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
