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
