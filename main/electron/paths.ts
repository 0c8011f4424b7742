/**
 * Where the app finds its files, packaged or not. Packaged, the seed articles are an
 * extraResource next to app.asar; unpackaged, they are in the project's seeds/, found from
 * the bundle's own folder because app.getAppPath() is dist/main when Electron is started
 * on the bundle file (as the e2e tests do) rather than on the project folder.
 */
import { join } from 'node:path';

export type AppLocation = {
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getPath('userData') */
  userData: string;
};

export type AppPaths = { seedsDir: string; dataDir: string; rendererDir: string; preload: string; windowStateFile: string };

/** Resolves every path the shell uses. `mainDir` is the folder of the bundled main script (dist/main). */
export function resolveAppPaths(location: AppLocation, mainDir: string): AppPaths {
  return {
    seedsDir: location.isPackaged ? join(location.resourcesPath, 'seeds') : join(mainDir, '..', '..', 'seeds'),
    dataDir: location.userData,
    rendererDir: join(mainDir, '..', 'renderer'),
    preload: join(mainDir, 'preload.cjs'),
    windowStateFile: join(location.userData, 'window-state.json'),
  };
}
