import { analyse } from "../../engine/pipeline";

/** Where output goes and which engine runs: injected so tests can call main() without a process. */
export type Io = {
  stdout(s: string): void;
  stderr(s: string): void;
};

export type Deps = { analyse: typeof analyse };

export const DEFAULT_DEPS: Deps = { analyse };
