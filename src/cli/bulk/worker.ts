import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { analyse } from "../../engine/pipeline";
import { runJob, type Job, type Settings } from "./jobs";
import { asBytes } from "../formatters/check-one";
import { isRenderedRedact, REDACT_TEXTS } from "../formatters/redact-one";

/** A verified copy's buffer, when the copy owns all of it (then it travels without a copy). */
const whole = (out: Uint8Array | undefined): ArrayBuffer[] =>
  out && out.buffer instanceof ArrayBuffer && out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? [out.buffer] : [];

/** A worker thread: runs the jobs it is sent, one at a time, with the real engine. */
const settings = workerData as Settings;
parentPort?.on("message", (msg: { id: number; job: Job }) => {
  runJob(msg.job, settings, analyse).then(
    (result) => {
      // The heap it now holds tells the pool when to replace this worker (pool.ts shouldRecycle).
      const heap = getHeapStatistics().total_heap_size;
      // A checked file's texts go as strings (copied into the main thread's young generation, which frees
      // them at its next scavenge), not as UTF-8 bytes handed over: a buffer handed over is freed only
      // when the main thread collects its wrapper, and a check's main thread allocates so little that
      // such buffers piled up between collections (external memory up to 35-50 MB on 2,000 two-page
      // documents; as strings 7 MB, and the check's peak RSS 362 → 318 MB). A redacted file's texts still
      // go as bytes (asBytes): as strings the redaction's main-thread heap grew (30 → 48 MB) for no lower
      // peak. The verified copy is handed over.
      const { result: sent, transfer } = isRenderedRedact(result) ? asBytes(result, REDACT_TEXTS) : { result, transfer: [] };
      parentPort?.postMessage({ id: msg.id, result: sent, heap }, [...transfer, ...whole((result as { output?: Uint8Array }).output)]);
    },
    (err: unknown) => parentPort?.postMessage({ id: msg.id, crash: err instanceof Error ? err.name : "error" }),
  );
});
