/**
 * Serves the built renderer. Paths are resolved inside the root and anything that
 * escapes it (`..`, encoded slashes, absolute paths, symlinks leading out) is refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { mimeTypeFor, realPathInside, resolveStaticPath } from '../transport/static-path.js';

/** Reads a static file; null when missing or when its real path is outside `root`. */
export async function loadStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const path = resolveStaticPath(root, urlPath);
  if (!path) return null;
  const real = await realPathInside(root, path);
  if (!real) return null;
  try {
    const info = await stat(real);
    if (!info.isFile()) return null;
    // Read the resolved path, not the link: the file checked is the file served.
    return { body: await readFile(real), type: mimeTypeFor(path) };
  } catch {
    return null;
  }
}
