/**
 * Put, find and remove by id in the store's arrays in constant time: a backup import of
 * 50,000 annotations is 50,000 puts, and a linear search per put made it quadratic. The index
 * is a cache beside the array, checked on every hit and rebuilt when it cannot be trusted,
 * so an array changed some other way is never misread.
 */
const indexes = new WeakMap<object, Map<string, number>>();

function build<T>(list: readonly T[], idOf: (x: T) => string): Map<string, number> {
  const index = new Map<string, number>();
  list.forEach((item, i) => index.set(idOf(item), i));
  indexes.set(list, index);
  return index;
}

function positionOf<T>(list: readonly T[], id: string, idOf: (x: T) => string): number {
  let index = indexes.get(list) ?? build(list, idOf);
  let at = index.get(id);
  if (at !== undefined && at < list.length && idOf(list[at]) === id) return at;
  if (at === undefined && index.size === list.length) return -1;
  index = build(list, idOf);
  at = index.get(id);
  return at ?? -1;
}

/** The item with this id, or undefined. */
export function findById<T>(list: readonly T[], id: string, idOf: (x: T) => string): T | undefined {
  const at = positionOf(list, id, idOf);
  return at === -1 ? undefined : list[at];
}

/** Replaces the item with the same id, or appends it. */
export function putById<T>(list: T[], item: T, idOf: (x: T) => string): void {
  const id = idOf(item);
  const at = positionOf(list, id, idOf);
  if (at !== -1) {
    list[at] = item;
    return;
  }
  list.push(item);
  indexes.get(list)?.set(id, list.length - 1);
}

/** Removes the item with this id, if there is one. */
export function removeById<T>(list: T[], id: string, idOf: (x: T) => string): void {
  const at = positionOf(list, id, idOf);
  if (at === -1) return;
  list.splice(at, 1);
  // Every later position moved: rebuild on the next lookup rather than shift each entry now.
  if (at === list.length) indexes.get(list)?.delete(id);
  else indexes.delete(list);
}
