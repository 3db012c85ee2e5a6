// Linear-time checks that do not depend on the machine's speed. Speed itself is measured by the
// benchmark scripts (npm run bench, bench:worst), never by a timed test: a shared CI machine can be
// several times slower than a laptop, but it is not slower on the larger input only.

/** CPU-independent enough: the best of `runs` wall-clock timings of fn, in milliseconds. */
export function bestTime(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

/**
 * Times work(size) and work(factor × size) and fails when the larger took more than `maxRatio` times as
 * long. With factor 4, linear work gives about 4 and quadratic about 16, so the default of 8 separates
 * them with room for a noisy machine. Returns both timings for a message or a further check.
 */
export function expectLinear(work: (size: number) => void, size: number, factor = 4, maxRatio = 2 * factor, runs = 3): { small: number; large: number } {
  work(size); // warm-up: JIT, lazy data
  let small = bestTime(() => work(size), runs);
  let large = bestTime(() => work(size * factor), runs);
  // Below a few milliseconds the timer and the JIT dominate: no conclusion either way. A machine busy
  // with other work can stall one timing: a ratio over the bar is measured again, twice, and only a
  // ratio that stays over it fails (quadratic work stays over every time).
  const over = () => large > 20 && large > maxRatio * Math.max(small, 1);
  for (let again = 0; again < 2 && over(); again++) {
    small = Math.min(
      small,
      bestTime(() => work(size), runs),
    );
    large = bestTime(() => work(size * factor), runs);
  }
  if (over()) {
    throw new Error(
      `${factor} times the input took ${(large / small).toFixed(1)} times as long (${small.toFixed(0)} ms → ${large.toFixed(0)} ms): the work grows faster than the input`,
    );
  }
  return { small, large };
}

/**
 * A deterministic measure of work: the characters handed to regular expressions while fn runs. Each call
 * counts the text from where its search starts to where it stops: the end of its match, or the end of the
 * text when nothing matches (a sticky search, which tries one place only, counts one character for a miss).
 * One pass of a global regex over the text so counts the text once, as the engine reads it. A step that
 * rescans a sentence or the whole text per name or finding shows here as work that grows with the square
 * of the input, whatever else the machine is doing. (Every regular-expression method goes through
 * RegExp.prototype.exec, which is wrapped for the call and restored after.)
 */
export function regexWork(fn: () => void): number {
  const exec = RegExp.prototype.exec;
  let chars = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? Math.min(this.lastIndex, s.length) : 0;
    const m = exec.call(this, s);
    // A regex anchored at the text's start ("^…", no m flag, no top-level "|") tries one place only, as a sticky one does.
    chars += m ? m.index + m[0].length - from : this.sticky || anchored(this) ? 1 : s.length - from;
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return chars;
}

/** Whether a regex can only match at the start of its input: "^" first, no m flag, no "|" outside brackets. */
function anchored(re: RegExp): boolean {
  if (re.multiline || re.global || !re.source.startsWith("^")) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return true;
}

/**
 * Counts the work of work(size) and work(factor × size) with `measure` (deterministic: a count of
 * operations, never a time) and fails when the larger did more than `maxRatio` times as much. With
 * factor 2, linear work gives about 2 and quadratic about 4.
 */
export function expectLinearWork(work: (size: number) => number, size: number, factor = 2, maxRatio = 1.25 * factor): { small: number; large: number } {
  const small = work(size);
  const large = work(size * factor);
  if (!(small > 0)) throw new Error("no work was counted: the measure does not see this code");
  if (large > maxRatio * small) {
    throw new Error(`${factor} times the input did ${(large / small).toFixed(2)} times the work (${small} → ${large}): the work grows faster than the input`);
  }
  return { small, large };
}

/**
 * A list that counts how many of its items are read (by index, or by find, filter, a for…of loop and
 * the like, which all read by index): a deterministic measure of a scan over people or findings, which
 * regexWork does not see. A step that walks the whole list per heading or per name shows here as reads
 * that grow with the square of the input.
 */
export function countingReads<T>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads };
}

/**
 * A deterministic measure of the work of code that reads text with string methods as well as regular
 * expressions (a tokeniser, an HTML reader, a decoder): regexWork's count, plus one for each character
 * read with charCodeAt or codePointAt, plus the characters each indexOf, lastIndexOf or includes passes
 * over (from where it starts to where it finds the needle's end, or to the end of the text when it finds
 * nothing). A loop that reads a string once counts its length; one that searches the text again from the
 * start per item counts the square. (The methods are wrapped for the call and restored after; a wrapped
 * method is slower, so measure on inputs of thousands of characters, not millions.)
 */
export function scanWork(fn: () => void): number {
  const proto = String.prototype;
  const saved = { charCodeAt: proto.charCodeAt, codePointAt: proto.codePointAt, indexOf: proto.indexOf, lastIndexOf: proto.lastIndexOf, includes: proto.includes };
  let chars = 0;
  proto.charCodeAt = function (this: string, i: number) {
    chars++;
    return saved.charCodeAt.call(this, i);
  };
  proto.codePointAt = function (this: string, i: number) {
    chars++;
    return saved.codePointAt.call(this, i);
  };
  proto.indexOf = function (this: string, needle: string, from?: number) {
    const at = saved.indexOf.call(this, needle, from);
    const start = Math.max(0, Math.min(from ?? 0, this.length));
    chars += at >= 0 ? at - start + String(needle).length : this.length - start;
    return at;
  };
  proto.lastIndexOf = function (this: string, needle: string, from?: number) {
    const at = saved.lastIndexOf.call(this, needle, from);
    const start = Math.max(0, Math.min(from ?? this.length, this.length));
    chars += at >= 0 ? start - at + 1 : start + 1;
    return at;
  };
  proto.includes = function (this: string, needle: string, from?: number) {
    const at = saved.indexOf.call(this, needle, from);
    const start = Math.max(0, Math.min(from ?? 0, this.length));
    chars += at >= 0 ? at - start + String(needle).length : this.length - start;
    return at >= 0;
  };
  let regex = 0;
  try {
    regex = regexWork(fn);
  } finally {
    Object.assign(proto, saved);
  }
  return regex + chars;
}
