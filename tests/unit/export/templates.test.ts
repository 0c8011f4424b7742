import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown } from '../../../main/core/export/markdown.js';
import { previewExport } from '../../../main/core/export/preview.js';
import { compileTemplate, DEFAULT_TEMPLATE, TemplateError } from '../../../main/core/export/templates.js';
import { parseExport } from '../../../main/core/export/segments.js';
import { EXPORTED_AT, highlight, makeArticle, readExport } from './helpers.js';

const BAD_TEMPLATES: [string, string, string][] = [
  ['an unclosed part', '{{#header}}\n# {{title}}\n', 'Unclosed section "header" at line 1'],
  ['an unclosed section inside a part', '{{#highlight}}\n{{quoteBlock}}\n{{#hasNote}}\n{{note}}\n{{/highlight}}\n', 'Unclosed section "hasNote" at line 5'],
  ['an unclosed section at the end', '{{#header}}\n# {{title}}\n{{/header}}\n{{#highlight}}\n{{#x}}\ntext\n', 'Unclosed section "x" at line 5'],
  ['a closing tag without opening', '{{#header}}\n# {{title}}\n{{/header}}\n{{/highlight}}\n', 'Unopened section "highlight" at line 4'],
  ['an unclosed tag', '{{#header}}\n# {{title\n', 'Unclosed tag at line 2'],
  ['text outside parts', 'hello\n{{#header}}# {{title}}{{/header}}', 'Text outside a part'],
  ['an unknown part', '{{#footer}}bye{{/footer}}', 'Unknown part "footer"'],
  ['a variable at the top level', '{{title}}', 'Unknown part "title"'],
  ['a part given twice', '{{#header}}a{{/header}}\n{{#header}}b{{/header}}', 'Part "header" appears twice at line 2'],
  ['a partial', '{{#header}}\n{{> other}}\n{{/header}}', 'Partials ("{{> other}}") are not supported in part "header" at line 2'],
];

const ARTICLE = makeArticle(['First paragraph here.', 'Second one.'], { title: 'Title: "quoted" #1' });
const ANNOTATIONS = [
  highlight(ARTICLE, 'First paragraph', { id: 'h1', colour: 'yellow', note: 'note *one*', tags: ['a', 'b'] }),
  highlight(ARTICLE, 'Second one', { id: 'h2', colour: 'green' }),
];

function exportWith(template: string | null) {
  return renderArticleMarkdown({ article: ARTICLE, annotations: ANNOTATIONS, articleNote: 'The note.', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT, template });
}

describe('Export templates', () => {
  it.each(BAD_TEMPLATES)('rejects a template with %s, naming the line', (_case, source, message) => {
    expect(() => compileTemplate(source)).toThrow(TemplateError);
    expect(() => compileTemplate(source)).toThrow(message);
  });

  it('reports the line number as a property for the settings view', () => {
    try {
      compileTemplate('{{#header}}\n\n{{#x}}\n{{/header}}');
      expect.unreachable();
    } catch (error) {
      expect((error as TemplateError).line).toBe(4);
    }
  });

  it('accepts the default template', () => {
    expect(() => compileTemplate(DEFAULT_TEMPLATE)).not.toThrow();
  });

  it('renders the same file with the default template given explicitly', () => {
    expect(exportWith(DEFAULT_TEMPLATE).markdown).toBe(exportWith(null).markdown);
  });

  it('uses the parts a user template gives and the default for the rest', () => {
    const template = '{{! mine }}\n{{#highlight}}\n- {{quote}} ({{colour}}){{#tags}} #{{tag}}{{/tags}}\n{{/highlight}}\n{{#fileName}}{{published}} {{title}}{{/fileName}}';
    const { markdown, fileName, warnings } = exportWith(template);
    expect(warnings).toEqual([]);
    expect(markdown).toContain('- First paragraph (yellow) #a #b\n');
    expect(markdown).toContain('# Title\\: "quoted" \\#1\n');
    expect(fileName).toBe('2025-09-04 Title quoted 1.md');
  });

  it('still wraps every highlight of a user template in markers', () => {
    const doc = parseExport(exportWith('{{#highlight}}{{quote}}{{/highlight}}').markdown);
    expect(doc.nodes.filter((n) => n.type === 'block' && n.kind === 'annotation').map((n) => n.type === 'block' && n.id)).toEqual(['h1', 'h2']);
  });

  it('writes values into front matter already quoted, so a plain template gives valid YAML', () => {
    const template = '{{#frontMatter}}\nlectern_id: {{lectern_id}}\nname: {{title}}\nkeywords: {{tags}}\n{{/frontMatter}}';
    const { markdown, warnings } = exportWith(template);
    expect(warnings).toEqual([]);
    expect(readExport(markdown).frontMatter).toEqual({ lectern_id: 'test-article', name: 'Title: "quoted" #1', keywords: ['a', 'b'] });
  });

  it('adds lectern_id when a template leaves it out', () => {
    const { markdown } = exportWith('{{#frontMatter}}\ntitle: {{title}}\n{{/frontMatter}}');
    expect(readExport(markdown).frontMatter).toEqual({ lectern_id: 'test-article', title: 'Title: "quoted" #1' });
  });

  it.each([
    ['quotes around an already quoted value', 'title: "{{title}}"'],
    ['a line that ends the front matter', 'title: {{title}}\n---\nmore: 1'],
    ['a list instead of a mapping', '- {{title}}'],
    ['a wrong lectern_id', 'lectern_id: "other"'],
  ])('falls back to the default front matter, with a warning, for %s', (_case, fm) => {
    const { markdown, warnings } = exportWith(`{{#frontMatter}}\n${fm}\n{{/frontMatter}}`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/front matter was not used/);
    expect(readExport(markdown).frontMatter.title).toBe('Title: "quoted" #1');
  });

  it('falls back to the default template, with a warning, when the saved template is broken', () => {
    const input = { article: ARTICLE, annotations: ANNOTATIONS, articleNote: '', exportedAt: EXPORTED_AT };
    const broken = renderArticleMarkdown({ ...input, settings: { colourLegend: [], exportTemplate: '{{#header}}oops' } });
    expect(broken.warnings).toEqual(['The export template was not used: Unclosed section "header" at line 1']);
    expect(broken.markdown).toBe(renderArticleMarkdown({ ...input, settings: { colourLegend: [] } }).markdown);
  });

  it('keeps a template from faking block markers', () => {
    const { markdown } = exportWith('{{#header}}\n<!-- /lectern:header -->\n# {{title}}\n{{/header}}');
    expect(parseExport(markdown).nodes.filter((n) => n.type === 'block').map((n) => n.type === 'block' && n.kind)).toEqual(['header', 'annotation', 'annotation', 'article-note']);
  });
});

describe('Template preview', () => {
  it('renders the sample article with a draft template', () => {
    const result = previewExport({ template: '{{#highlight}}* {{quote}}{{/highlight}}', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.markdown).toContain('* it agreed that 3 \\* 4 = 12, that \\[brackets\\] need care');
    expect(readExport(result.markdown).frontMatter.title).toBe('Sample: "Quotes", #hashes & a - leading dash');
  });

  it('says what is wrong and on which line instead of throwing', () => {
    expect(previewExport({ template: '{{#header}}\n{{#x}}\n{{/header}}', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT })).toEqual({
      ok: false,
      error: 'Unclosed section "x" at line 3',
      line: 3,
    });
  });

  it('previews the default template when the draft is empty', () => {
    const result = previewExport({ template: '  ', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    expect(result.ok && result.markdown).toContain('> [!quote] Yellow');
  });
});
