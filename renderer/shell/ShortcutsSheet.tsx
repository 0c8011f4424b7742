import { useEffect, useRef } from 'react';
import { SHORTCUT_GROUPS } from './shortcuts';

interface Props {
  open: boolean;
  onClose(): void;
}

/** The `?` sheet: a modal dialog listing every keyboard shortcut. */
export function ShortcutsSheet({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="shortcuts-sheet"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="sheet-body">
        <header className="sheet-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" className="tool-button" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <div className="sheet-groups">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.title} className="sheet-group">
              <h3>{group.title}</h3>
              <dl>
                {group.shortcuts.map((shortcut) => (
                  <div key={shortcut.action} className="sheet-row">
                    <dt>
                      {shortcut.keys.map((key, i) =>
                        key === '–' || key === 'or' ? <span key={i}> {key} </span> : <kbd key={i}>{key}</kbd>,
                      )}
                    </dt>
                    <dd>{shortcut.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </dialog>
  );
}
