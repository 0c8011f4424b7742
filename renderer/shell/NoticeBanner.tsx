import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../main/contract';
import type { Client } from '../api/client';
import './notice-banner.css';

type Props = {
  client: Client;
  /** Called once the last notice is dismissed, so focus can go somewhere useful (the reading pane). */
  onAllDismissed?: () => void;
};

/**
 * What the back end had to tell the user about this start (a damaged data file moved aside, a
 * backup restored), as a calm banner with a Dismiss button per notice. The messages are plain
 * text rendered by React, never HTML. A back end without notices (or one that fails to answer)
 * simply shows none: the banner must never stand between the reader and the library.
 */
export function NoticeBanner({ client, onAllDismissed }: Props) {
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    let alive = true;
    client.listNotices({}).then(
      (listed) => {
        if (alive) setNotices(listed);
      },
      () => {
        // Nothing to show is the safe reading of a failed call; the terminal still printed them.
      },
    );
    return () => {
      alive = false;
    };
  }, [client]);

  const dismiss = useCallback(
    (id: string) => {
      const left = notices.filter((notice) => notice.id !== id);
      setNotices(left);
      if (left.length === 0) onAllDismissed?.();
      // Hidden at once; if the back end missed it, the notice comes back on the next load, which is harmless.
      client.dismissNotice({ id }).catch(() => undefined);
    },
    [client, notices, onAllDismissed],
  );

  return (
    <div className="notice-area" role="status">
      {notices.map((notice) => (
        <div key={notice.id} className="notice-banner" data-severity={notice.severity} data-testid="notice">
          <p className="notice-message">{notice.message}</p>
          <button type="button" className="button notice-dismiss" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
