import { AhoCorasick } from "../../../src/engine/text/aho-corasick";

/** Every (payload, last index) the automaton reports, in scan order. */
function scanAll(ac: AhoCorasick, text: string): [number, number][] {
  const found: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    s = ac.step(s, text.charCodeAt(i));
    for (let o = ac.outStart[s]; o < ac.outStart[s + 1]; o++) found.push([ac.out[o], i]);
  }
  return found;
}

/** The same by brute force: at each end, the keys ending there, longest first, each payload once. */
function naive(keys: [string, number][], text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const ending = keys.filter(([k]) => k.length && k.length <= i + 1 && text.startsWith(k, i + 1 - k.length)).sort((a, b) => b[0].length - a[0].length);
    const seen = new Set<number>();
    for (const [, p] of ending) {
      if (seen.has(p)) continue;
      seen.add(p);
      found.push([p, i]);
    }
  }
  return found;
}

/** A small deterministic generator (tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648), x / 2147483648);
}

describe("AhoCorasick", () => {
  it("reports every key at its end, longest first, each payload once per end", () => {
    const keys: [string, number][] = [
      ["he", 0],
      ["she", 1],
      ["his", 2],
      ["hers", 3],
      ["e", 4],
    ];
    expect(scanAll(new AhoCorasick(keys), "ushers")).toEqual(naive(keys, "ushers"));
    expect(scanAll(new AhoCorasick(keys), "ushers")).toEqual([
      [1, 3],
      [0, 3],
      [4, 3],
      [3, 5],
    ]);
    // One payload for two keys (a set of strings) is reported once where both end.
    const sets: [string, number][] = [
      ["ab", 0],
      ["b", 0],
    ];
    expect(scanAll(new AhoCorasick(sets), "xab")).toEqual([[0, 2]]);
  });

  it("matches brute force on random keys and texts", () => {
    const next = rng(7);
    for (let round = 0; round < 40; round++) {
      const alphabet = "abcé’ 1";
      const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      const keys: [string, number][] = Array.from({ length: 1 + Math.floor(next() * 12) }, (_, k) => [word(1 + Math.floor(next() * 4)), k % 5]);
      const text = word(60);
      expect(scanAll(new AhoCorasick(keys), text)).toEqual(naive(keys, text));
    }
  });

  it("keeps the rarest characters out of the table when the keys use too many, and still finds them", () => {
    const next = rng(11);
    // 600 distinct characters: more than the table's columns, so some are stepped through the map.
    const pool = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const word = (n: number) => Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]).join("");
    const keys: [string, number][] = Array.from({ length: 400 }, (_, k) => [word(2 + Math.floor(next() * 3)), k]);
    const text = keys
      .filter((_, k) => k % 3 === 0)
      .map(([k]) => k + word(2))
      .join("x");
    const found = scanAll(new AhoCorasick(keys), text);
    expect(found).toEqual(naive(keys, text));
    expect(found.length).toBeGreaterThan(100);
  });
});
