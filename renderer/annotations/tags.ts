/** Tags as people type them (`#Tag`, "a, b") turned into what the contract accepts. */
import { MAX_TAG_CHARS, MAX_TAGS } from '../../main/contract-constants';

const TAG_CHARS = /[^\p{L}\p{N}_\-/]/gu;

/** One typed tag cleaned up: no leading '#', spaces become '-', other symbols dropped. */
export function normaliseTag(raw: string): string | null {
  const tag = raw
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(TAG_CHARS, '')
    .slice(0, MAX_TAG_CHARS);
  return tag ? tag : null;
}

/** Several tags from one string ("#a b, c"), de-duplicated, in typing order. */
export function parseTags(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[\s,]+/)) {
    const tag = normaliseTag(part);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** Adds tags to a list without duplicates, up to the contract's limit. */
export function addTags(existing: readonly string[], added: readonly string[]): string[] {
  const out = [...existing];
  for (const t of added) if (!out.includes(t) && out.length < MAX_TAGS) out.push(t);
  return out;
}
