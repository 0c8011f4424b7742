/**
 * The default export template, shared by the back end (which renders it) and the renderer's
 * template editor (which offers it to start from). A plain string with no imports, so the
 * renderer gets it without pulling Mustache or the export code into its bundle.
 */
export const DEFAULT_TEMPLATE = `{{! Lectern export template. Each part is a Mustache section; values are escaped already. }}
{{#fileName}}
{{title}}
{{/fileName}}
{{#frontMatter}}
lectern_id: {{lectern_id}}
title: {{title}}
site: {{site}}
byline: {{byline}}
published: {{published}}
exported: {{exported}}
tags: {{tags}}
source: {{source}}
{{/frontMatter}}
{{#header}}
# {{title}}

{{metaLine}}
{{/header}}
{{#highlight}}
{{#callouts}}
> [!quote] {{meaning}}
{{quoteBlock}}
{{/callouts}}
{{^callouts}}
**{{meaning}}**

{{quoteBlock}}
{{/callouts}}
{{#hasNote}}

{{note}}
{{/hasNote}}

{{#hasTags}}{{tagLine}} · {{/hasTags}}[Open in Lectern]({{link}})
{{/highlight}}
{{#articleNote}}
## Article note

{{note}}
{{/articleNote}}
`;
