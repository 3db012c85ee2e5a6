import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { analyse } from "../../engine/pipeline";
import { runJob, type Job, type Settings } from "./jobs";
import { asBytes, CHECK_TEXTS, isRendered } from "../formatters/check-one";
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
      // A checked or redacted file's text goes as bytes, handed over (asBytes), with the verified copy.
      const { result: sent, transfer } = isRendered(result) ? asBytes(result, CHECK_TEXTS) : isRenderedRedact(result) ? asBytes(result, REDACT_TEXTS) : { result, transfer: [] };
      parentPort?.postMessage({ id: msg.id, result: sent, heap }, [...transfer, ...whole((result as { output?: Uint8Array }).output)]);
    },
    (err: unknown) => parentPort?.postMessage({ id: msg.id, crash: err instanceof Error ? err.name : "error" }),
  );
});
