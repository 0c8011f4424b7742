/**
 * The data a reader bench page loads (`data.json`, generated in Node): the article's blocks
 * and plain text, and saved annotations (selectors plus colour).
 */
import type { Block, Colour } from '../../main/contract';
import type { AnchorTarget } from '../../main/core/annotations/describe';

export interface ReaderData {
  title: string;
  text: string;
  blocks: Block[];
  annotations: Array<{ id: string; colour: Colour; target: AnchorTarget }>;
}
