/**
 * Where the app finds its files, packaged or not. Packaged, the seed articles are an
 * extraResource next to app.asar; unpackaged, they are in the project's seeds/.
 */
import { join } from 'node:path';

export type AppLocation = {
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getAppPath(): the project root unpackaged, app.asar packaged */
  appPath: string;
  /** app.getPath('userData') */
  userData: string;
};

export type AppPaths = { seedsDir: string; dataDir: string; rendererDir: string; preload: string; windowStateFile: string };

/** Resolves every path the shell uses. `mainDir` is the folder of the bundled main script (dist/main). */
export function resolveAppPaths(location: AppLocation, mainDir: string): AppPaths {
  return {
    seedsDir: location.isPackaged ? join(location.resourcesPath, 'seeds') : join(location.appPath, 'seeds'),
    dataDir: location.userData,
    rendererDir: join(mainDir, '..', 'renderer'),
    preload: join(mainDir, 'preload.cjs'),
    windowStateFile: join(location.userData, 'window-state.json'),
  };
}
