// Types for find-electron.mjs, so TypeScript tests can import it.
export type ElectronFound = { ok: true; executable: string; distDir: string; version: string | null; source: string };
export type ElectronMissing = { ok: false; reason: string };

export declare function executableName(platform?: NodeJS.Platform): string;
export declare function findElectron(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
}): ElectronFound | ElectronMissing;
export declare function missingElectronMessage(reason: string, purpose?: string): string;
