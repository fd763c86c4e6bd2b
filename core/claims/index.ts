/**
 * The shipped claim model (data/claims-model.json, trained by scripts/train-claims.ts), loaded once.
 * Imported only by the claims detector, which runs in the background script and the CLI — never in
 * the content script, so the model is not injected into pages.
 */
import modelJson from '../../data/claims-model.json';
import { loadClaimModel, type ClaimModel, type ClaimModelFile, type ClaimScore } from './model';

let model: ClaimModel | null = null;

/** The bundled claim model (decoded on first use). */
export function claimModel(): ClaimModel {
  model ??= loadClaimModel(modelJson as unknown as ClaimModelFile);
  return model;
}

/** Scores one sentence with the bundled model: calibrated score (0.5 = balanced threshold) and reasons. */
export function scoreSentence(sentence: string): ClaimScore {
  return claimModel().score(sentence);
}

/** The default (balanced) threshold: the calibration puts the dev-F1 optimum at 0.5. */
export const DEFAULT_CLAIM_THRESHOLD = 0.5;
