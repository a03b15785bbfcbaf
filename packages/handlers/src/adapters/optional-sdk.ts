import { KilnConfigError } from '../core/errors';
import { onEdgeRuntime } from '../core/edge-runtime';

/** What an adapter needs from an optional SDK, for the error that says how to get it. */
export interface OptionalSdk {
  /** The packages to install, as `npm install` takes them. */
  packages: string;
  /** The adapter's entry (which bundles the SDK on the Edge runtime) and factory. */
  entry: string;
  factory: string;
  /** The `defineKiln` option and the variable that chose this adapter. */
  option: string;
  variable: string;
}

/**
 * Imports an optional SDK on first use. When it cannot be loaded, the error says what to install —
 * or, on the Edge runtime, where nothing can be loaded that the bundler did not put in the function,
 * which entry bundles it.
 */
export async function importOptionalSdk<T>(load: () => Promise<unknown>, sdk: OptionalSdk): Promise<T> {
  try {
    return (await load()) as T;
  } catch (cause) {
    const message = onEdgeRuntime()
      ? `${sdk.packages} cannot be loaded on demand on the Edge runtime (an edge function has no node_modules). Create the adapter in code with ${sdk.factory} from '${sdk.entry}', which bundles it, and pass it to defineKiln as \`${sdk.option}\`.`
      : `${sdk.variable} is set, but ${sdk.packages} is not installed. Install it with \`npm install ${sdk.packages}\`.`;
    throw new KilnConfigError(message, sdk.option, sdk.variable, { cause });
  }
}
