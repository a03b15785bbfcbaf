/** True on the Edge runtime (Vercel's, Next's local sandbox, `@edge-runtime/vm`), which sets the `EdgeRuntime` global. */
export function onEdgeRuntime(): boolean {
  return typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime === 'string';
}
