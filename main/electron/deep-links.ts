/**
 * Routes `lectern://` links, from whichever door they come in (first launch argv, a
 * second instance's argv, macOS open-url), to the renderer as `open` commands.
 */
import { findDeepLinkArg, parseDeepLink } from '../core/links/deep-link.js';
import type { AppCommand } from './commands.js';

export type DeepLinkRouter = {
  /** Handles a link given on a command line, if there is one; returns whether a link was routed. */
  handleArgv(argv: readonly string[]): boolean;
  /** Handles one link; returns whether it was valid and routed. */
  handleUrl(url: string): boolean;
};

export function createDeepLinkRouter(options: {
  post: (command: AppCommand) => void;
  /** Brings the window to the front (creating it if needed). */
  reveal: () => void;
  log?: (message: string) => void;
}): DeepLinkRouter {
  const handleUrl = (url: string): boolean => {
    const link = parseDeepLink(url);
    if (!link) {
      options.log?.(`Lectern ignored a link it does not understand: ${url.slice(0, 200)}`);
      return false;
    }
    options.reveal();
    options.post({ type: 'open', articleId: link.articleId, annotationId: link.annotationId });
    return true;
  };
  return {
    handleUrl,
    handleArgv: (argv) => {
      const link = findDeepLinkArg(argv);
      return link !== null && handleUrl(link);
    },
  };
}

/**
 * The argv of a second instance: the copy it passed as additional data when present
 * (Chromium may rewrite the real argv), else the argv Electron reports.
 */
export function secondInstanceArgv(argv: readonly string[], additionalData: unknown): readonly string[] {
  const passed = (additionalData as { argv?: unknown } | null)?.argv;
  if (Array.isArray(passed) && passed.every((arg) => typeof arg === 'string')) return passed;
  return argv;
}
