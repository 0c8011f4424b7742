/**
 * Default locations, matching Electron's `userData` for an app named Lectern, so the
 * desktop app and serve mode share the same data unless told otherwise.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data folder: ~/.config/Lectern, ~/Library/Application Support/Lectern or %APPDATA%\Lectern. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lectern');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lectern');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Lectern');
}
