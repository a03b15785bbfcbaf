/**
 * Ctrl-C (SIGINT) or SIGTERM during a benchmark: Node's default would exit without running any `finally`,
 * leaving servers and temporary folders behind when they are not in the terminal's process group (under
 * `npm run bench` they are children of a child). Each thing a script starts registers a synchronous clean-up
 * here; the first signal runs them all, then exits with the signal's usual code.
 */
const cleanups = new Set<() => void>();
let installed = false;

/** Registers `cleanup` (synchronous: kill a child, remove a folder) until the returned function is called. */
export function onInterrupt(cleanup: () => void): () => void {
  if (!installed) {
    installed = true;
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      process.once(signal, () => {
        for (const run of cleanups) {
          try {
            run();
          } catch {
            // keep cleaning up the rest
          }
        }
        process.exit(code);
      });
    }
  }
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}
