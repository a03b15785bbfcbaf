/**
 * Synchronous clean-up (kill a server child, remove a temporary folder) that runs however a benchmark
 * script ends: normally, on an error, or stopped by Ctrl-C or `npm run bench`'s time limit. SIGINT and
 * SIGTERM would otherwise end the process without running any `finally`, leaving servers and folders
 * behind when they are not in the terminal's process group (under `npm run bench` they are children of a
 * child). Here a signal becomes `process.exit` with the signal's usual code, and `exit` runs every task.
 */
const tasks = new Set<() => void>();
let installed = false;

/** Registers `task` until the returned function is called (call it once the thing is stopped normally). */
export function onCleanup(task: () => void): () => void {
  if (!installed) {
    installed = true;
    process.once('exit', () => {
      for (const run of [...tasks]) {
        try {
          run();
        } catch {
          // Best effort: one failed clean-up must not keep the others from running.
        }
      }
      tasks.clear();
    });
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));
  }
  tasks.add(task);
  return () => void tasks.delete(task);
}
