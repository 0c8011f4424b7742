/**
 * The notices of one start (the data file moved aside, a backup restored, a folder problem),
 * kept for the app to show until the user dismisses each one. The terminal and the desktop
 * dialog print the same sentences; this is how serve mode's browser learns of them.
 */
import type { LecternApi, Notice } from '../../contract.js';
import { notFound } from '../errors.js';
import type { StoreNotice } from './json-file-adapter.js';

/** A store notice, or a plain sentence from elsewhere (the seeds folder, say), which is a warning. */
export type NoticeSource = StoreNotice | string;

function severityOf(source: NoticeSource): Notice['severity'] {
  return typeof source !== 'string' && source.kind === 'migrated' ? 'info' : 'warning';
}

/** Holds this start's notices and serves `listNotices` / `dismissNotice`. */
export class NoticeBoard {
  private notices: Notice[];

  constructor(sources: readonly NoticeSource[]) {
    this.notices = sources.map((source, n) => ({
      id: `notice-${n + 1}`,
      severity: severityOf(source),
      message: typeof source === 'string' ? source : source.message,
    }));
  }

  /** The API methods over this board. */
  handlers(): Pick<LecternApi, 'listNotices' | 'dismissNotice'> {
    return {
      listNotices: async () => this.notices.map((notice) => ({ ...notice })),
      dismissNotice: async ({ id }) => {
        if (!this.notices.some((notice) => notice.id === id)) throw notFound(`the notice "${id}"`);
        this.notices = this.notices.filter((notice) => notice.id !== id);
        return { ok: true as const };
      },
    };
  }
}
