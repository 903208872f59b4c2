/** One run of an extension-host suite, whichever VS Code runs it. */
export interface SuiteRun {
  /** The compiled suite's index.js, exporting `run()`. */
  testsPath: string;
  /** The workspace folder the window opens, fresh for this run. */
  folder: string;
  /** False: workspace trust on and the folder untrusted (Restricted Mode). */
  trusted: boolean;
  /** Scratch space for user data and extensions. */
  stateDir: string;
  /** Screenshots and logs kept after the run. */
  artifacts: string;
  timeoutMs: number;
}
