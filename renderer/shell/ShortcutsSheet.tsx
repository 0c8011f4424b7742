import { Modal } from '../ui/Modal';
import { SHORTCUT_GROUPS } from './shortcuts';

interface Props {
  open: boolean;
  onClose(): void;
}

/**
 * The `?` sheet: every keyboard shortcut, in the shared Modal so keys typed while it is open stay
 * in it (a bare <dialog> let 1–5 and Ctrl+Z through to the highlight keys behind it).
 */
export function ShortcutsSheet({ open, onClose }: Props) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts" titleId="shortcuts-title" className="shortcuts-sheet">
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
    </Modal>
  );
}
