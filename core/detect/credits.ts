/**
 * Credits detector. PLACEHOLDER being replaced in this session by its owner; returns nothing yet.
 */
import type { DetectInput } from './types';
import type { Annotation } from '../report';

export function detectCredits(_input: DetectInput): Extract<Annotation, { kind: 'credit' }>[] {
  return [];
}
