/**
 * Background (the brain): wiring only; the work is in brain.ts (same folder).
 */
import { defineBackground } from 'wxt/utils/define-background';
import { startBrain } from './brain';

export default defineBackground(() => {
  startBrain();
});
