// A worker thread of `sourcelight annotate --jobs N`. Plain JavaScript so that Node can start it
// without a loader; it registers tsx (as bin/sourcelight.mjs does) and then loads the TypeScript side.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
