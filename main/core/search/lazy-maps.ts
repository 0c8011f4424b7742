/**
 * The parts of a saved index that are read only when first used: MiniSearch's term tree,
 * node by node, and each term's postings. Loading an index then costs a handful of objects
 * instead of a map per tree node, term and field (creating those, and inserting every term
 * into the tree again, was most of the load), and a session searches only a few words.
 * MiniSearch uses both only through Map methods, so a stand-in that builds the real Map on
 * first call keeps searching, adding and discarding MiniSearch's own.
 */

type Postings = Map<number, Map<number, number>>;
type Tree = Map<string, unknown>;

/** MiniSearch's key for the value of the term that ends at a tree node. */
export const LEAF = '';

/**
 * MiniSearch's radix tree as saved: `shape` walks it depth first in the maps' own order, per
 * node its child count, then per child -1 for the term ending there (the next term's postings)
 * or 1, the length of that child's own walk, its edge count and term count, then the walk;
 * each child's key is the next of `edges`. Keeping the order keeps the order in which prefix
 * and fuzzy matches are found, so results tie-break as before.
 */
export interface SavedTree {
  shape: Int32Array;
  edges: string[];
}

/** A Map whose contents are made on first use. */
abstract class LazyMap<K, V> implements Map<K, V> {
  private map: Map<K, V> | null = null;

  protected abstract make(): Map<K, V>;

  protected get made(): boolean {
    return this.map !== null;
  }

  private real(): Map<K, V> {
    return (this.map ??= this.make());
  }

  get(key: K): V | undefined {
    return this.real().get(key);
  }
  has(key: K): boolean {
    return this.real().has(key);
  }
  set(key: K, value: V): this {
    this.real().set(key, value);
    return this;
  }
  delete(key: K): boolean {
    return this.real().delete(key);
  }
  clear(): void {
    this.real().clear();
  }
  get size(): number {
    return this.real().size;
  }
  forEach(fn: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.real().forEach(fn, thisArg);
  }
  entries(): MapIterator<[K, V]> {
    return this.real().entries();
  }
  keys(): MapIterator<K> {
    return this.real().keys();
  }
  values(): MapIterator<V> {
    return this.real().values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.real().entries();
  }
  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}

/** One term's postings (`Map<fieldId, Map<shortId, frequency>>`) in the saved layout, from `at` to `end`. */
export class LazyTermData extends LazyMap<number, Map<number, number>> {
  constructor(
    private readonly data: Int32Array,
    private readonly at: number,
    private readonly end: number,
  ) {
    super();
  }

  /** Appends the postings as saved if they were never read (so unchanged); false otherwise. */
  copyPending(out: number[]): boolean {
    if (this.made) return false;
    for (let i = this.at; i < this.end; i++) out.push(this.data[i]);
    return true;
  }

  protected make(): Postings {
    const map: Postings = new Map();
    const data = this.data;
    for (let i = this.at; i < this.end; ) {
      const count = data[i + 1];
      const freqs = new Map<number, number>();
      let shortId = 0;
      for (let k = 0, j = i + 2; k < count; k++, j += 2) {
        shortId += data[j];
        freqs.set(shortId, data[j + 1]);
      }
      map.set(data[i], freqs);
      i += 2 + 2 * count;
    }
    return map;
  }
}

/** Where a saved index's tree and postings are. */
interface TreeSource {
  tree: SavedTree;
  termStarts: Int32Array;
  postings: Int32Array;
}

/** A tree node whose walk starts at `at` in the shape, its first child's key at `edge`, its first term at `term`. */
class LazyNode extends LazyMap<string, unknown> {
  constructor(
    private readonly source: TreeSource,
    private readonly at: number,
    private readonly edge: number,
    private readonly term: number,
  ) {
    super();
  }

  /** Where this node's walk ended in the saved tree, once made (to check the root against it). */
  end: { at: number; edge: number; term: number } | null = null;

  protected make(): Tree {
    const { tree, termStarts, postings } = this.source;
    const { shape, edges } = tree;
    const map: Tree = new Map();
    let at = this.at;
    let edge = this.edge;
    let term = this.term;
    for (let n = shape[at++]; n > 0; n--) {
      if (shape[at] === -1) {
        map.set(LEAF, new LazyTermData(postings, termStarts[term], termStarts[term + 1]));
        at += 1;
        term += 1;
        continue;
      }
      const [length, edgeCount, termCount] = [shape[at + 1], shape[at + 2], shape[at + 3]];
      at += 4;
      map.set(edges[edge], new LazyNode(this.source, at, edge + 1, term));
      at += length;
      edge += 1 + edgeCount;
      term += termCount;
    }
    this.end = { at, edge, term };
    return map;
  }
}

/** The root of a saved index's term tree; throws when the saved tree does not add up. */
export function savedTreeRoot(source: TreeSource): Tree {
  const root = new LazyNode(source, 0, 0, 0);
  void root.size;
  const end = root.end!;
  if (end.at !== source.tree.shape.length || end.edge !== source.tree.edges.length || end.term !== source.termStarts.length - 1) {
    throw new Error('damaged term tree');
  }
  return root;
}

/** Saves a term tree; `onLeaf` gets each term's value in the order of the saved walk. */
export function saveTree(root: Tree, onLeaf: (value: unknown) => void): SavedTree {
  const shape: number[] = [];
  const edges: string[] = [];
  let terms = 0;
  const walk = (node: Tree): void => {
    shape.push(node.size);
    for (const [key, child] of node) {
      if (key === LEAF) {
        shape.push(-1);
        terms += 1;
        onLeaf(child);
        continue;
      }
      const head = shape.length;
      shape.push(1, 0, 0, 0);
      edges.push(key);
      const [edgesBefore, termsBefore] = [edges.length, terms];
      walk(child as Tree);
      shape[head + 1] = shape.length - head - 4;
      shape[head + 2] = edges.length - edgesBefore;
      shape[head + 3] = terms - termsBefore;
    }
  };
  walk(root);
  return { shape: Int32Array.from(shape), edges };
}
