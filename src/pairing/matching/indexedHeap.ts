/**
 * A binary min-heap over the ids 0 … capacity − 1, each present at most once, whose keys
 * can be changed or removed in O(log n). The blossom algorithm keeps three: free vertices
 * by least slack to an S-vertex, S-blossoms by least slack to another S-blossom, and
 * T-blossoms by dual. Equal keys come out in an order fixed by the sequence of operations,
 * so results are deterministic.
 */
export class IndexedHeap {
  /** The ids in heap order. */
  private readonly items: Int32Array;
  /** Where each id sits in `items`, or −1 when absent. */
  private readonly position: Int32Array;
  /** Each id's key (meaningful while present). */
  private readonly keys: Float64Array;
  /** How many ids are present. */
  private size = 0;

  /**
   * @param capacity - ids run from 0 to capacity − 1.
   */
  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
    this.keys = new Float64Array(capacity);
  }

  /** The id with the least key, or −1 when empty. */
  top(): number {
    return this.size === 0 ? -1 : (this.items[0] as number);
  }

  /**
   * The key of an id that is present.
   *
   * @param id - a present id.
   * @returns its key.
   */
  keyOf(id: number): number {
    return this.keys[id] as number;
  }

  /**
   * Whether an id is present.
   *
   * @param id - an id.
   * @returns true when present.
   */
  has(id: number): boolean {
    return (this.position[id] as number) >= 0;
  }

  /**
   * Inserts an id, or changes its key when present.
   *
   * @param id - an id.
   * @param key - its new key.
   */
  set(id: number, key: number): void {
    const at = this.position[id] as number;
    if (at < 0) {
      this.keys[id] = key;
      this.items[this.size] = id;
      this.position[id] = this.size;
      this.size += 1;
      this.up(this.size - 1);
      return;
    }
    const old = this.keys[id] as number;
    this.keys[id] = key;
    if (key < old) this.up(at);
    else if (key > old) this.down(at);
  }

  /**
   * Removes an id if present.
   *
   * @param id - an id.
   */
  remove(id: number): void {
    const at = this.position[id] as number;
    if (at < 0) return;
    this.position[id] = -1;
    this.size -= 1;
    if (at === this.size) return;
    const moved = this.items[this.size] as number;
    this.items[at] = moved;
    this.position[moved] = at;
    const key = this.keys[moved] as number;
    if (at > 0 && key < (this.keys[this.items[(at - 1) >> 1] as number] as number)) this.up(at);
    else this.down(at);
  }

  private up(start: number): void {
    const { items, position, keys } = this;
    const id = items[start] as number;
    const key = keys[id] as number;
    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = items[parentAt] as number;
      if ((keys[parent] as number) <= key) break;
      items[at] = parent;
      position[parent] = at;
      at = parentAt;
    }
    items[at] = id;
    position[id] = at;
  }

  private down(start: number): void {
    const { items, position, keys, size } = this;
    const id = items[start] as number;
    const key = keys[id] as number;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
        (keys[items[right] as number] as number) < (keys[items[child] as number] as number)
      ) {
        child = right;
      }
      const childId = items[child] as number;
      if ((keys[childId] as number) >= key) break;
      items[at] = childId;
      position[childId] = at;
      at = child;
    }
    items[at] = id;
    position[id] = at;
  }
}
