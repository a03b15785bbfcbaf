/**
 * Synchronous clean-up (temporary folders) that runs however a benchmark script ends: normally, on an
 * error, or stopped by `npm run bench`'s time limit or Ctrl-C (SIGTERM / SIGINT, which would otherwise end
 * the process without running its `finally` blocks). Child processes in the script's process group are
 * stopped by the orchestrator itself.
 */
const tasks: Array<() => void> = [];
let installed = false;

export function onExit(task: () => void): void {
  tasks.push(task);
  if (installed) return;
  installed = true;
  process.once('exit', () => {
    for (const run of tasks.splice(0)) {
      try {
        run();
      } catch {
        // Best effort: one failed clean-up must not keep the others from running.
      }
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
}
