// One Aho–Corasick automaton for every place that looks for many strings at once: the regexes' required
// literals (required-literals.ts) and the redactor's sweep of every spelling of every secret
// (src/redact/spellings.ts). Pure: no Office, DOM or Node imports.

/** How many table entries (states × columns) the dense table may hold; rarer characters go to a map. */
const TABLE_BUDGET = 1 << 22;
/** At most this many columns (the first is every character no key uses). */
const MAX_COLUMNS = 256;

/**
 * Aho–Corasick over keys of UTF-16 code units, each key carrying a number (its payload). The transitions
 * are compiled to a complete table over the characters the keys use, ASCII first, then the most frequent
 * (any other character leads back to the start), so a step is one table read per character. When the keys
 * use more characters than the table can hold, the rarest are kept in a map and stepped through the
 * failure links.
 *
 * The payloads of the keys that end at a state, once it is reached, are out[outStart[s] .. outStart[s + 1]):
 * the state's own keys in the order they were given (each payload once), then those of its failure state,
 * and so on down the chain (longest key first).
 */
export class AhoCorasick {
  /** Character → column (0 for a character in no key, or one kept in the map): a table for ASCII, a map beyond. */
  private readonly asciiColumn = new Uint16Array(128);
  private readonly otherColumn = new Map<number, number>();
  private readonly width: number;
  private readonly next: Uint16Array | Int32Array;
  /** Transitions on the characters left out of the table (state * 65536 + code → state), and those characters. */
  private readonly sparse: Map<number, number> | undefined;
  private readonly sparseCodes = new Set<number>();
  private readonly fail: Int32Array;
  readonly outStart: Int32Array;
  readonly out: Int32Array;

  constructor(keys: ReadonlyArray<readonly [key: string, payload: number]>) {
    // Columns, most frequent character first, as many as the budget allows.
    const frequency = new Map<number, number>();
    let chars = 0;
    for (const [key] of keys)
      for (let j = 0; j < key.length; j++) {
        const code = key.charCodeAt(j);
        frequency.set(code, (frequency.get(code) ?? 0) + 1);
        chars++;
      }
    // ASCII characters always have a column (a step on one is a single table read), the others as the budget allows.
    let ascii = 0;
    for (const code of frequency.keys()) if (code < 128) ascii++;
    const cap = Math.max(ascii + 1, Math.min(MAX_COLUMNS, Math.max(64, Math.floor(TABLE_BUDGET / (chars + 1)))));
    let columns = 1;
    const byFrequency = [...frequency].sort((a, b) => (a[0] < 128 ? 0 : 1) - (b[0] < 128 ? 0 : 1) || b[1] - a[1] || a[0] - b[0]);
    for (const [code] of byFrequency) {
      if (columns >= cap) break;
      if (code < 128) this.asciiColumn[code] = columns++;
      else this.otherColumn.set(code, columns++);
    }
    this.width = columns;
    const columnOf = (code: number): number => (code < 128 ? this.asciiColumn[code] : (this.otherColumn.get(code) ?? 0));
    const sparse = columns - 1 < frequency.size ? new Map<number, number>() : undefined;

    // The trie, in one table (a state per character at most; -1 where there is no child).
    const trie = new Int32Array((chars + 1) * columns).fill(-1);
    const own: number[][] = [[]];
    const sparseChildren: [code: number, child: number][][] = [[]];
    for (const [key, payload] of keys) {
      let node = 0;
      for (let j = 0; j < key.length; j++) {
        const code = key.charCodeAt(j);
        const col = columnOf(code);
        let child = col ? trie[node * columns + col] : (sparse!.get(node * 65536 + code) ?? -1);
        if (child < 0) {
          child = own.length;
          own.push([]);
          sparseChildren.push([]);
          if (col) trie[node * columns + col] = child;
          else {
            sparse!.set(node * 65536 + code, child);
            this.sparseCodes.add(code);
            sparseChildren[node].push([code, child]);
          }
        }
        node = child;
      }
      if (!own[node].includes(payload)) own[node].push(payload);
    }
    this.sparse = sparse;

    // Completed breadth first into the automaton: a state's missing table transitions are its failure
    // state's, already complete; its outputs are its own, then its failure state's.
    const states = own.length;
    const next = states < 65536 ? new Uint16Array(states * columns) : new Int32Array(states * columns);
    const fail = new Int32Array(states);
    this.next = next;
    this.fail = fail;
    const outputs: number[][] = new Array(states);
    outputs[0] = own[0];
    const queue: number[] = [];
    for (let c = 1; c < columns; c++) {
      const child = trie[c];
      next[c] = child < 0 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    for (const [, child] of sparseChildren[0]) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q];
      outputs[node] = own[node].concat(outputs[fail[node]].filter((p) => !own[node].includes(p)));
      for (let c = 1; c < columns; c++) {
        const child = trie[node * columns + c];
        if (child < 0) next[node * columns + c] = next[fail[node] * columns + c];
        else {
          next[node * columns + c] = child;
          fail[child] = next[fail[node] * columns + c];
          queue.push(child);
        }
      }
      for (const [code, child] of sparseChildren[node]) {
        fail[child] = this.sparseStep(fail[node], code);
        queue.push(child);
      }
    }
    this.outStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = flat.length;
      for (const p of outputs[s]) flat.push(p);
    }
    this.outStart[states] = flat.length;
    this.out = Int32Array.from(flat);
  }

  /** The state after reading the character `code` in `state` (0 is the start). */
  step(state: number, code: number): number {
    if (code < 128) return this.next[state * this.width + this.asciiColumn[code]];
    const col = this.otherColumn.get(code);
    if (col !== undefined) return this.next[state * this.width + col];
    return this.sparseCodes.has(code) ? this.sparseStep(state, code) : 0;
  }

  /** A step on a character left out of the table: down the failure links until one has it. */
  private sparseStep(state: number, code: number): number {
    const sparse = this.sparse!;
    for (let s = state; ; s = this.fail[s]) {
      const t = sparse.get(s * 65536 + code);
      if (t !== undefined) return t;
      if (s === 0) return 0;
    }
  }
}
