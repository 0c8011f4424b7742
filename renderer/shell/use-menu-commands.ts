import { useEffect, useRef } from 'react';
import type { BridgeCommand } from '../api/client';
import { COMMAND_EVENT } from './commands';

/** The menu commands handled here (the rest go through `parseCommand`). */
export type MenuCommand = 'find' | 'export-article' | 'export-all' | 'import';

const MENU_COMMANDS: readonly MenuCommand[] = ['find', 'export-article', 'export-all', 'import'];

/** The menu command a `lectern:command` event carries, or null for any other. */
export function menuCommand(detail: unknown): MenuCommand | null {
  const type = (detail as BridgeCommand | null)?.type;
  return typeof type === 'string' && (MENU_COMMANDS as readonly string[]).includes(type) ? (type as MenuCommand) : null;
}

/** Calls `handle` for each find/export/import command the Electron menu sends (as `lectern:command` window events). */
export function useMenuCommands(handle: (command: MenuCommand) => void): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const listener = (event: Event) => {
      const command = menuCommand((event as CustomEvent<unknown>).detail);
      if (command) latest.current(command);
    };
    window.addEventListener(COMMAND_EVENT, listener);
    return () => window.removeEventListener(COMMAND_EVENT, listener);
  }, []);
}
