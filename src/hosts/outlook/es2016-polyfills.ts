// Library methods newer than ES2016 that the engine uses, for classic Outlook's JavaScript-only runtime
// before version 2403 (ES2016). Installed only where missing; the on-send bundle imports this first.
type AnyArray = unknown[] & { flat?: unknown; flatMap?: unknown };

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

function flatten(list: readonly unknown[], depth: number, out: unknown[]): unknown[] {
  for (const item of list) {
    if (Array.isArray(item) && depth > 0) flatten(item, depth - 1, out);
    else out.push(item);
  }
  return out;
}

export function installPolyfills(): void {
  define(Array.prototype, "flat", function (this: AnyArray, depth = 1) {
    return flatten(this, depth, []);
  });
  define(Array.prototype, "flatMap", function (this: AnyArray, fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
    return flatten(
      this.map((v, i, a) => fn.call(thisArg, v, i, a)),
      1,
      [],
    );
  });
  define(String.prototype, "padStart", function (this: string, length: number, fill = " ") {
    const s = String(this);
    if (s.length >= length || !fill) return s;
    const need = length - s.length;
    return fill.repeat(Math.ceil(need / fill.length)).slice(0, need) + s;
  });
  define(String.prototype, "padEnd", function (this: string, length: number, fill = " ") {
    const s = String(this);
    if (s.length >= length || !fill) return s;
    const need = length - s.length;
    return s + fill.repeat(Math.ceil(need / fill.length)).slice(0, need);
  });
  define(String.prototype, "trimStart", function (this: string) {
    return String(this).replace(/^\s+/, "");
  });
  define(String.prototype, "trimEnd", function (this: string) {
    return String(this).replace(/\s+$/, "");
  });
  // ES2020: like the native method, it works on a copy that starts at the pattern's lastIndex and
  // leaves the pattern's own lastIndex alone; every caller passes a global pattern.
  define(String.prototype, "matchAll", function (this: string, pattern: RegExp) {
    if (!pattern.global) throw new TypeError("matchAll needs a global RegExp");
    const copy = new RegExp(pattern.source, pattern.flags);
    copy.lastIndex = pattern.lastIndex;
    const s = String(this);
    const found: RegExpExecArray[] = [];
    for (let m = copy.exec(s); m; m = copy.exec(s)) {
      found.push(m);
      if (m[0] === "") copy.lastIndex++;
    }
    return found[Symbol.iterator]();
  });
  define(Object, "entries", (o: Record<string, unknown>) => Object.keys(o).map((k) => [k, o[k]]));
  define(Object, "values", (o: Record<string, unknown>) => Object.keys(o).map((k) => o[k]));
  define(Object, "fromEntries", (entries: Iterable<[string, unknown]>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[k] = v;
    return out;
  });
}

installPolyfills();
