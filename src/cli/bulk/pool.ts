import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { runJob, writeHandedBack, type AnalyseFn, type Job, type JobResult, type RedactOutcome, type Settings } from "./jobs";

/** The compiled worker script (absent when running from TypeScript sources, e.g. under jest). */
export const WORKER_SCRIPT = join(__dirname, "worker.js");

export type PoolOptions = {
  /** How many worker threads; 0 or 1 runs in this thread. Default: one per core. */
  jobs?: number;
  /** The engine for in-thread runs (tests pass a stand-in; workers always use the real one). */
  analyse: AnalyseFn;
  /** Only the real engine can run in workers. */
  realEngine: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Called as each job finishes (so a run's progress is recorded before an interruption, not only at its end). */
  onResult?: (index: number, result: JobResult) => void;
};

export function workerCount(files: number, requested?: number): number {
  const cores = Math.max(1, availableParallelism());
  const n = requested ?? cores;
  return Math.max(0, Math.min(n, files));
}

/**
 * Runs the jobs and returns their results in the jobs' order (whatever order they finish in). A job
 * that crashes its worker comes back as an error result for that file only; the others go on.
 */
export async function runJobs(jobs: readonly Job[], settings: Settings, options: PoolOptions): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  await streamJobs(jobs.length, (i) => jobs[i], settings, { ...options, onOrdered: (i, r) => (results[i] = r) });
  return results;
}

/**
 * When a worker thread is replaced by a fresh one: after RECYCLE_AFTER documents, or sooner when its
 * heap has grown past HEAP_LIMIT (a few very large records). A fresh worker is dear: loading the engine
 * and compiling its hot functions again cost about 0.75 CPU-seconds (measured in stop 24 on 2,000
 * two-page documents: replacing every 200 took 44.8 CPU-s to check them, never replacing 30 CPU-s).
 * What made a long-lived worker's memory grow was garbage, not a leak: with the default heap limit V8
 * lets a worker's old generation reach four times what it holds live before collecting. WORKER_LIMITS
 * lowers that factor, so a worker stays level and is replaced only as a safety net. Replacing sooner
 * does not lower the peak (stop 33, 2,000 two-page documents checked and redacted: every 500, peak RSS
 * 349 MB and redaction 53.3 CPU-s; every 2,000, 314 MB and 43.5 CPU-s), nor does one malloc arena for
 * every thread (MALLOC_ARENA_MAX=2: 330 MB): what rises is not memory a worker keeps.
 * Stop 36, heap by space after each document (2,000 two-page documents checked): a worker's live old
 * generation stays at 27-31 MB throughout; its heap's rise (63 → 88-90 MB, level after about 1,000
 * documents) is committed old space holding garbage between full collections (34 → 49 MB). Replacing
 * every 250 documents cost 62.5 CPU-s against 44.1 for a peak of 328 MB against 336 (one run each, on a
 * machine shared at load average 15-22); a 150,000-word record took a worker's heap to 139 MB and V8
 * brought it back to 85 MB within two documents, so replacing a worker on heap growth (tried: 64 MB
 * above its least) cost CPU for no lower peak. RSS swings by 30-40 MB at level heaps (memory taken and
 * given back off the heap), which is why bench:bulk reports percentiles.
 */
export const RECYCLE_AFTER = 2000;
export const HEAP_LIMIT = 320 * 1024 * 1024;

/**
 * Each worker's heap limits. V8 scales how far the old generation may grow past its live size before a
 * full collection with its limit (a factor of 4 at this process's default, about 1.5 at 768 MB): on
 * 2,000 two-page documents a worker's heap then stays at 77-89 MB instead of climbing to 100-150 MB.
 * The young generation at 16 MB instead of 32 takes another 16 MB off each worker for no measurable
 * CPU (31.2 → 32.0 CPU-s, within noise; peak 308 → 282 MB). A document that needs more than the old
 * generation's limit (far beyond HEAP_LIMIT) is run again in a worker without limits (see streamJobs),
 * so no document fails for it.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 16 };

/** RECYCLE_AFTER, or CLEAR_RECORD_RECYCLE_AFTER when it is a whole number of at least 1 (the tests replace workers often). */
export function recycleAfter(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.CLEAR_RECORD_RECYCLE_AFTER);
  return Number.isInteger(n) && n >= 1 ? n : RECYCLE_AFTER;
}

/** True when a worker that has run `ran` documents and now holds `heapBytes` of heap should be replaced. */
export function shouldRecycle(ran: number, heapBytes: number | undefined, after = RECYCLE_AFTER): boolean {
  return ran >= after || (heapBytes !== undefined && heapBytes > HEAP_LIMIT);
}

const OUT_OF_MEMORY = "ERR_WORKER_OUT_OF_MEMORY";

/** A worker thread and how many documents it has run since it started (see shouldRecycle). */
type Slot = { worker: Worker; ran: number };

/**
 * Worker threads kept for the whole of a run, so that a redaction's two phases (plan, then write and
 * verify) share them: a fresh worker costs about 0.75 CPU-seconds to load and warm the engine, and a
 * redaction started four where two do. Whoever makes the set closes it.
 */
export class WorkerSet {
  private readonly idle: Slot[] = [];
  constructor(readonly settings: Settings) {}

  /** A new worker; `limited` with WORKER_LIMITS (the roomy one runs a document that ran out of them). */
  fresh(limited = true): Worker {
    return new Worker(WORKER_SCRIPT, { workerData: this.settings, ...(limited ? { resourceLimits: WORKER_LIMITS } : {}) });
  }

  take(): Slot {
    return this.idle.pop() ?? { worker: this.fresh(), ran: 0 };
  }

  give(slot: Slot): void {
    this.idle.push(slot);
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((s) => s.worker.terminate()));
  }
}

export type StreamOptions = PoolOptions & {
  /** Called once per job in the jobs' order; the pool keeps nothing after it returns. */
  onOrdered: (index: number, result: JobResult) => void;
  /** Workers to run on and leave running (made with the same settings); by default a set of its own, closed at the end. */
  workers?: WorkerSet;
};

/**
 * Runs `count` jobs, made one at a time by `jobAt` when a worker is free, and hands each result to
 * `onOrdered` in order. Only a bounded window of jobs is in flight or waiting for an earlier one, so
 * memory does not grow with the number of documents.
 */
export async function streamJobs(count: number, jobAt: (index: number) => Job, settings: Settings, options: StreamOptions): Promise<void> {
  let done = 0;
  const waiting = new Map<number, JobResult>();
  let nextOut = 0;
  const finish = (i: number, r: JobResult) => {
    options.onResult?.(i, r);
    options.onProgress?.(++done, count);
    waiting.set(i, r);
    while (waiting.has(nextOut)) {
      const ready = waiting.get(nextOut) as JobResult;
      waiting.delete(nextOut);
      options.onOrdered(nextOut++, ready);
    }
  };
  const n = workerCount(count, options.jobs);
  if (n <= 1 || !options.realEngine || !existsSync(WORKER_SCRIPT)) {
    for (let i = 0; i < count; i++) {
      const job = jobAt(i);
      finish(i, await runJob(job, settings, options.analyse).catch((err: unknown) => crashed(job, err instanceof Error ? err.name : "error")));
    }
    return;
  }
  if (options.workers && options.workers.settings !== settings) throw new Error("a worker set runs the settings it was made with");
  const set = options.workers ?? new WorkerSet(settings);
  try {
    await runOnWorkers(count, jobAt, n, set, finish, () => nextOut);
  } finally {
    if (!options.workers) await set.close();
  }
}

/** streamJobs on `n` workers of the set. */
async function runOnWorkers(
  count: number,
  jobAt: (index: number) => Job,
  n: number,
  set: WorkerSet,
  finish: (i: number, r: JobResult) => void,
  handedOver: () => number,
): Promise<void> {
  // A worker may run ahead of the oldest unfinished job by this much, no more.
  const window = Math.max(8, n * 4);
  let next = 0;
  const sleepers: (() => void)[] = [];
  const wakeAll = () => {
    for (const w of sleepers.splice(0)) w();
  };
  const strings = new Map<string, string>();
  const after = recycleAfter();
  // Verified copies handed back by the workers, being written here while the workers go on.
  const writing = new Set<Promise<void>>();
  let failure: { err: unknown } | undefined;
  const settle = (i: number, result: JobResult) => {
    try {
      finish(i, result);
    } catch (err) {
      failure ??= { err };
    }
    wakeAll();
  };
  await Promise.all(
    Array.from({ length: n }, async () => {
      const slot = set.take();
      try {
        while (next < count && !failure) {
          if (next >= handedOver() + window) {
            await new Promise<void>((resolve) => sleepers.push(resolve));
            continue;
          }
          const i = next++;
          const job = jobAt(i);
          let result: JobResult;
          let heap: number | undefined;
          const message = job.kind === "redact" ? { ...job, handBack: true } : job;
          try {
            const answer = await send(slot.worker, i, message);
            result = intern(answer.result, strings);
            heap = answer.heap;
          } catch (err) {
            await slot.worker.terminate();
            result = crashed(job, String(err instanceof Error ? err.name : err));
            // Out of WORKER_LIMITS' heap: the document is run once more in a worker with the default limit.
            if ((err as NodeJS.ErrnoException)?.code === OUT_OF_MEMORY) {
              const roomy = set.fresh(false);
              try {
                result = intern((await send(roomy, i, message)).result, strings);
              } catch (again) {
                result = crashed(job, String(again instanceof Error ? again.name : again));
              } finally {
                await roomy.terminate();
              }
            }
            slot.worker = set.fresh();
            slot.ran = -1;
          }
          if (job.kind === "redact" && (result as RedactOutcome).output) {
            const w = writeHandedBack(result as RedactOutcome, job.tmpDir).then((r) => settle(i, r as JobResult));
            writing.add(w);
            void w.finally(() => writing.delete(w));
          } else settle(i, result);
          // A worker whose heap has grown is replaced (see shouldRecycle): peak memory stays the same for
          // a bundle of 250 or of 20,000.
          if (shouldRecycle(++slot.ran, heap, after) && next < count) {
            slot.ran = 0;
            await slot.worker.terminate();
            slot.worker = set.fresh();
          }
        }
      } finally {
        set.give(slot);
        wakeAll();
      }
    }),
  );
  while (writing.size) await Promise.all([...writing]);
  if (failure) throw failure.err;
}

/** Sends one job to a worker: its result, and the worker's heap size after it (see shouldRecycle). */
function send(worker: Worker, id: number, job: Job): Promise<{ result: JobResult; heap?: number }> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { id: number; result?: JobResult; crash?: string; heap?: number }) => {
      if (msg.id !== id) return;
      cleanup();
      if (msg.result) resolve({ result: msg.result, heap: msg.heap });
      else resolve({ result: crashed(job, msg.crash ?? "error"), heap: msg.heap });
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`worker stopped (${code})`));
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, job });
  });
}

function crashed(job: Job, name: string): JobResult {
  const error = `This file could not be processed (internal error: ${name}); please report it.`;
  return job.kind === "redact" ? { file: job.file, out: job.out, error } : { file: job.file, error };
}

/** Distinct strings the pool keeps to share: enough for a window of documents, never the whole run. */
const INTERNED = 4096;

/**
 * Findings copied from a worker each carry their own copy of the rule's message, note and source;
 * sharing one copy per distinct string keeps the documents in flight small. Messages that quote the
 * text are all distinct, so the table is bounded (started afresh when full): kept whole, it grew
 * with the number of documents.
 */
function intern(result: JobResult, strings: Map<string, string>): JobResult {
  const findings = (result as { report?: { findings?: Record<string, unknown>[] } }).report?.findings;
  if (!findings) return result;
  const one = (s: unknown) => {
    if (typeof s !== "string") return s;
    const known = strings.get(s);
    if (known !== undefined) return known;
    if (strings.size >= INTERNED) strings.clear();
    strings.set(s, s);
    return s;
  };
  for (const f of findings) {
    f.message = one(f.message);
    if (f.note !== undefined) f.note = one(f.note);
    if (f.source !== undefined) f.source = one(f.source);
    if (f.ruleId !== undefined) f.ruleId = one(f.ruleId);
  }
  return result;
}
