import { parentPort, workerData } from "node:worker_threads";
import { analyse } from "../../engine/pipeline";
import { runJob, type Job, type Settings } from "./jobs";

/** A worker thread: runs the jobs it is sent, one at a time, with the real engine. */
const settings = workerData as Settings;
parentPort?.on("message", (msg: { id: number; job: Job }) => {
  runJob(msg.job, settings, analyse).then(
    (result) => parentPort?.postMessage({ id: msg.id, result }),
    (err: unknown) => parentPort?.postMessage({ id: msg.id, crash: err instanceof Error ? err.name : "error" }),
  );
});
