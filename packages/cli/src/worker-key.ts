/**
 * The key in a worker thread's workerData that makes the launcher (dist/cli.js) start a lint worker
 * instead of the command line. Its own module, so that the launcher's bundle takes only this string.
 */
export const LINT_WORKER = "veiligheidsplanLintWorker";
