// Placeholder until the annotations UI lands: keeps the app building meanwhile.
import type { RefObject } from 'react';
import type { Article } from '../../main/contract';
import type { Client } from '../api/client';

/** Props the reading pane gives the annotations UI. */
export interface AnnotationsLayerProps {
  client: Client;
  article: Article;
  /** The element holding the article's blocks (each with data-block-start). */
  rootRef: RefObject<HTMLElement | null>;
  /** The scrolling element of the reading pane. */
  scrollRef: RefObject<HTMLElement | null>;
  /** An annotation to scroll to and flash (deep link), if any. */
  focusAnnotationId: string | null;
}

/** The annotations sidebar and selection toolbar for one article. */
export function AnnotationsLayer(_props: AnnotationsLayerProps) {
  return null;
}
