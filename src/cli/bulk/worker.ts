import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { analyse } from "../../engine/pipeline";
import { runJob, type Job, type Settings } from "./jobs";
import { asBytes, isRendered } from "../formatters/check-one";

/** A worker thread: runs the jobs it is sent, one at a time, with the real engine. */
const settings = workerData as Settings;
parentPort?.on("message", (msg: { id: number; job: Job }) => {
  runJob(msg.job, settings, analyse).then(
    (result) => {
      // The heap it now holds tells the pool when to replace this worker (pool.ts shouldRecycle).
      const heap = getHeapStatistics().total_heap_size;
      // A checked file's text goes as bytes, handed over (asBytes).
      if (isRendered(result)) {
        const { result: bytes, transfer } = asBytes(result);
        parentPort?.postMessage({ id: msg.id, result: bytes, heap }, transfer);
        return;
      }
      // A verified copy handed back travels without a copy when it owns its whole buffer.
      const out = (result as { output?: Uint8Array }).output;
      const whole = out && out.buffer instanceof ArrayBuffer && out.byteOffset === 0 && out.byteLength === out.buffer.byteLength;
      parentPort?.postMessage({ id: msg.id, result, heap }, whole ? [out.buffer as ArrayBuffer] : []);
    },
    (err: unknown) => parentPort?.postMessage({ id: msg.id, crash: err instanceof Error ? err.name : "error" }),
  );
});
