/** Zipping many Markdown files into one download (the download itself is ui/downloads.ts). */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** A file to put in a zip. */
export interface NamedText {
  fileName: string;
  text: string;
}

/** `name.md`, `name (2).md`… so two files with the same name both survive in a zip. */
function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A zip (deflated, UTF-8 names) of text files, all at its top level. */
export function zipTexts(files: readonly NamedText[]): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  const taken = new Set<string>();
  for (const file of files) {
    const name = uniqueName(file.fileName, taken);
    taken.add(name.toLowerCase());
    entries[name] = strToU8(file.text);
  }
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
