/**
 * Serves the built renderer. Paths are resolved inside the root and anything that
 * escapes it (`..`, encoded slashes, absolute paths) is refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { mimeTypeFor, resolveStaticPath } from '../core/static-path.js';

/** Reads a static file; null when missing. */
export async function loadStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const path = resolveStaticPath(root, urlPath);
  if (!path) return null;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    return { body: await readFile(path), type: mimeTypeFor(path) };
  } catch {
    return null;
  }
}
