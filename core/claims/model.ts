/**
 * The claim model at inference time: a linear model over ./features (hashed n-grams + cues) with
 * quantised weights, and a calibration that maps its margin to a 0–1 score where 0.5 is the
 * threshold that maximised F1 on the CheckThat! dev set. Pure; no I/O (the JSON is passed in).
 */
import { visitFeatures, type FeatureConfig } from './features';
import { CUES, reasonsFor } from './cues';

export const CLAIM_MODEL_SCHEMA = 'sourcelight/claims-model@1' as const;

/** The model file (data/claims-model.json), as written by scripts/train-claims.ts. */
export type ClaimModelFile = {
  schema: typeof CLAIM_MODEL_SCHEMA;
  /** What it was trained on and how; informative only. */
  about: Record<string, string | number>;
  config: FeatureConfig;
  bias: number;
  /** Hashed weights, quantised: weight = int * scale. Base64 of little-endian Int8 or Int16. */
  weights: { bits: 8 | 16; scale: number; data: string };
  /** One float weight per cue (CUES order). */
  cueWeights: number[];
  /** score = sigmoid(slope * (margin - center)). */
  calibration: { slope: number; center: number };
};

/** A sentence's score (0–1, calibrated) and the reasons (cues) that fired. */
export type ClaimScore = {
  score: number;
  margin: number;
  reasons: string[];
  /** Ids of every cue that fired (CUES order), including the ones that give no reason. */
  cues: string[];
};

/** A loaded model, ready to score sentences. */
export type ClaimModel = {
  config: FeatureConfig;
  /** The raw linear margin (before calibration). */
  margin: (sentence: string) => number;
  score: (sentence: string) => ClaimScore;
};

function decodeBase64(data: string): Uint8Array {
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Decodes the quantised weights of a model file into floats (hashed part, then cues). */
export function decodeWeights(file: ClaimModelFile): Float32Array {
  const bytes = decodeBase64(file.weights.data);
  const ints =
    file.weights.bits === 8
      ? new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const hashed = 1 << file.config.bits;
  if (ints.length !== hashed) throw new Error(`claims model: expected ${hashed} weights, got ${ints.length}`);
  const w = new Float32Array(hashed + file.cueWeights.length);
  for (let i = 0; i < hashed; i++) w[i] = ints[i]! * file.weights.scale;
  for (let i = 0; i < file.cueWeights.length; i++) w[hashed + i] = file.cueWeights[i]!;
  return w;
}

/** Logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Builds a scorer from a model file. */
export function loadClaimModel(file: ClaimModelFile): ClaimModel {
  if (file.schema !== CLAIM_MODEL_SCHEMA) throw new Error(`claims model: unknown schema ${String(file.schema)}`);
  const w = decodeWeights(file);
  const { slope, center } = file.calibration;
  let z = 0;
  const add = (index: number, value: number) => {
    z += w[index]! * value;
  };
  const run = (sentence: string) => {
    z = file.bias;
    const fired = visitFeatures(sentence, file.config, add);
    return { z, fired };
  };
  return {
    config: file.config,
    margin: (sentence) => run(sentence).z,
    score: (sentence) => {
      const { z, fired } = run(sentence);
      const cues: string[] = [];
      for (let i = 0; i < fired.length; i++) if (fired[i]) cues.push(CUES[i]!.id);
      return { score: sigmoid(slope * (z - center)), margin: z, reasons: reasonsFor(fired), cues };
    },
  };
}
