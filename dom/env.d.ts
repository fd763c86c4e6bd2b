/** Build-time settings the bundler writes into the page scripts (see scripts/bench.ts --floor). */
interface ImportMetaEnv {
  readonly VITE_SL_FLOOR?: string;
  /** Set by `npm run bench`: the page scripts mark their steps (dom/bench-mark.ts). */
  readonly VITE_SL_BENCH?: string;
}
