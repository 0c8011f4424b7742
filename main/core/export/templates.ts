/**
 * Export templates. A template is Mustache text made of named parts, each a top-level
 * section: `{{#fileName}}`, `{{#frontMatter}}`, `{{#header}}`, `{{#highlight}}` and
 * `{{#articleNote}}`. Parts the user leaves out come from the default template.
 *
 * The exporter, not the template, owns the file's structure (front matter fences, block
 * markers, section headings), and every value handed to a part is already escaped for the
 * place it goes (YAML in the front matter, Markdown elsewhere), so HTML escaping is off.
 */
import Mustache from 'mustache';
import { describeError } from '../errors.js';
import { DEFAULT_TEMPLATE } from '../../contract-templates.js';

export const PART_NAMES = ['fileName', 'frontMatter', 'header', 'highlight', 'articleNote'] as const;
export type PartName = (typeof PART_NAMES)[number];

/** A template whose syntax has been checked: the source of each part, ready to render. */
export type CompiledTemplate = { readonly parts: Readonly<Record<PartName, string>> };

/** A template that cannot be used; `line` is 1-based. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} at line ${line}`);
    this.name = 'TemplateError';
  }
}

export { DEFAULT_TEMPLATE };

type Token = [string, string, number, number, Token[]?, number?];

function lineAt(source: string, index: number): number {
  return source.slice(0, Math.max(0, index)).split('\n').length;
}

/** Mustache reports character offsets; people need lines (and, for an unclosed section, where it opened). */
function syntaxError(source: string, error: unknown): TemplateError {
  const message = describeError(error);
  const match = /^(.*) at (\d+)$/.exec(message);
  if (!match) return new TemplateError(message, 1);
  let index = Number(match[2]);
  const unclosed = /^Unclosed section "(.*)"$/.exec(match[1]);
  if (unclosed && index >= source.length) index = lastOpening(source, unclosed[1], index);
  if (match[1] === 'Unclosed tag' && index >= source.length) index = source.lastIndexOf('{{');
  return new TemplateError(match[1], lineAt(source, index));
}

function lastOpening(source: string, name: string, fallback: number): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const openings = [...source.matchAll(new RegExp(`\\{\\{[#^]\\s*${escaped}\\s*\\}\\}`, 'g'))];
  return openings.length > 0 ? (openings[openings.length - 1].index ?? fallback) : fallback;
}

function parseTokens(source: string): Token[] {
  try {
    return Mustache.parse(source) as Token[];
  } catch (error) {
    throw syntaxError(source, error);
  }
}

/** The text between a part's tags, without the line breaks that belong to the tags themselves. */
function partSource(source: string, token: Token): PartText {
  const raw = source.slice(token[3], token[5]);
  const lead = /^[ \t]*\n/.exec(raw)?.[0].length ?? 0;
  return { text: raw.slice(lead).replace(/\n[ \t]*$/, ''), offset: token[3] + lead };
}

type PartText = { text: string; offset: number };

function isPartName(name: string): name is PartName {
  return (PART_NAMES as readonly string[]).includes(name);
}

function topLevelParts(source: string, tokens: Token[]): Partial<Record<PartName, PartText>> {
  const parts: Partial<Record<PartName, PartText>> = {};
  for (const token of tokens) {
    const [type, value, start] = token;
    const line = lineAt(source, start);
    if (type === '!' || (type === 'text' && value.trim() === '')) continue;
    if (type === 'text') throw new TemplateError(`Text outside a part (put it inside one of ${PART_NAMES.join(', ')})`, line);
    if (type === '=') throw new TemplateError('Custom delimiters are only allowed inside a part', line);
    if (type !== '#' || !isPartName(value)) {
      throw new TemplateError(`Unknown part "${value}" (parts are ${PART_NAMES.join(', ')})`, line);
    }
    if (parts[value] !== undefined) throw new TemplateError(`Part "${value}" appears twice`, line);
    parts[value] = partSource(source, token);
  }
  return parts;
}

/** A part is rendered on its own, so it must parse on its own; partials have nothing to load. */
function checkPart(source: string, part: PartText, name: PartName): void {
  const partial = flatten(parseTokens(part.text)).find((token) => token[0] === '>');
  if (partial) {
    throw new TemplateError(`Partials ("{{> ${partial[1]}}}") are not supported in part "${name}"`, lineAt(source, part.offset + partial[2]));
  }
}

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...(token[0] === '#' || token[0] === '^' ? flatten(token[4] ?? []) : [])]);
}

let defaultCompiled: CompiledTemplate | null = null;

/** The built-in template, compiled once. */
export function defaultTemplate(): CompiledTemplate {
  defaultCompiled ??= compileParts(DEFAULT_TEMPLATE, null);
  return defaultCompiled;
}

function compileParts(source: string, fallback: CompiledTemplate | null): CompiledTemplate {
  const found = topLevelParts(source, parseTokens(source));
  for (const name of PART_NAMES) if (found[name] !== undefined) checkPart(source, found[name], name);
  const parts = {} as Record<PartName, string>;
  for (const name of PART_NAMES) parts[name] = found[name]?.text ?? fallback?.parts[name] ?? '';
  return { parts };
}

/**
 * Checks a user template and returns it ready to render; parts it leaves out come from the
 * default template. Throws a `TemplateError` naming the line of the first problem.
 */
export function compileTemplate(source: string): CompiledTemplate {
  return compileParts(source.replace(/\r\n?/g, '\n'), defaultTemplate());
}

/** Values handed to a part: strings, flags, and lists for repeated sections. */
export type PartView = Record<string, unknown>;

/** Renders one part with HTML escaping off (values are escaped already); outer blank lines trimmed. */
export function renderPart(template: CompiledTemplate, part: PartName, view: PartView): string {
  const out = Mustache.render(template.parts[part], view, {}, { escape: (value: unknown) => String(value) });
  return out.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
}
