/** Build-time settings the bundler writes into the page scripts (see scripts/bench.ts --floor). */
interface ImportMetaEnv {
  readonly VITE_SL_FLOOR?: string;
}
