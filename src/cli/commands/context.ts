import type { analyse as engineAnalyse } from "../../engine/pipeline";

/** Where output goes and which engine runs: injected so tests can call main() without a process. */
export type Io = {
  /** Text, or UTF-8 bytes (a bulk check's output made in a worker thread). */
  stdout(s: string | Uint8Array): void;
  stderr(s: string): void;
  /** True when stderr is a terminal (a progress bar is shown); false or absent otherwise. */
  isTTY?: boolean;
};

export type Deps = { analyse: typeof engineAnalyse };

/**
 * The engine, loaded on its first use: a bulk run on worker threads analyses only in the workers, so
 * the main thread never loads it (about 40 MB less resident memory, and its start-up time).
 */
const analyse: typeof engineAnalyse = (text, profile, options) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("../../engine/pipeline") as typeof import("../../engine/pipeline")).analyse(text, profile, options);

export const DEFAULT_DEPS: Deps = { analyse };
