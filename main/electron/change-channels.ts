/**
 * The IPC channels of the change stream, shared by the main process and the preload; free of
 * imports so the sandboxed preload bundle stays small.
 */

/** Renderer → main: this page wants the change stream (sent once per page, however many listeners it has). */
export const CHANGES_SUBSCRIBE_CHANNEL = 'lectern:changes-subscribe';

/** Renderer → main: the page's last listener is gone. */
export const CHANGES_UNSUBSCRIBE_CHANNEL = 'lectern:changes-unsubscribe';

/** Main → renderer: one ChangeNotice. */
export const CHANGE_CHANNEL = 'lectern:change';
