import { analyse } from "../../engine/pipeline";

/** Where output goes and which engine runs: injected so tests can call main() without a process. */
export type Io = {
  stdout(s: string): void;
  stderr(s: string): void;
  /** True when stderr is a terminal (a progress bar is shown); false or absent otherwise. */
  isTTY?: boolean;
};

export type Deps = { analyse: typeof analyse };

export const DEFAULT_DEPS: Deps = { analyse };
