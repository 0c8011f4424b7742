/** Names shared by the W3C backup writer and reader. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const LECTERN_NS = 'https://lectern.invalid/ns#';
export const ARTICLE_URN = 'urn:lectern:article:';
export const ANNOTATION_URN = 'urn:lectern:annotation:';
export const UUID_URN = 'urn:uuid:';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

