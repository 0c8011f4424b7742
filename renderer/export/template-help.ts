/**
 * The help shown beside the template editor: each part of a template and the values it
 * receives (main/core/export/views.ts and front-matter.ts are the source of truth).
 */
export interface PartHelp {
  part: string;
  what: string;
  fields: string[];
}

export const TEMPLATE_PARTS: readonly PartHelp[] = [
  { part: 'fileName', what: 'The file’s name (made safe for every system afterwards).', fields: ['title', 'site', 'published', 'id'] },
  {
    part: 'frontMatter',
    what: 'YAML lines between the --- fences; each value is already valid YAML.',
    fields: ['lectern_id', 'title', 'site', 'byline', 'published', 'exported', 'tags', 'source', 'reading_minutes', 'word_count'],
  },
  { part: 'header', what: 'The top of the note.', fields: ['title', 'site', 'byline', 'published', 'readingMinutes', 'metaLine', 'link'] },
  {
    part: 'highlight',
    what: 'Repeated for every highlight.',
    fields: [
      'quote',
      'quoteBlock',
      'meaning',
      'colour',
      'note',
      '#hasNote',
      '#tags (tag)',
      'tagLine',
      '#hasTags',
      '#callouts',
      '#detached',
      'status',
      'link',
      'created',
      'modified',
      'id',
    ],
  },
  { part: 'articleNote', what: 'The note on the whole article, when it has one.', fields: ['note', '#hasNote'] },
];
