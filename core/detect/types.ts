/**
 * The shape every detector shares: blocks in, annotations out. Pure: no DOM, no browser.
 */
import type { Block, CreditAnnotation } from '../report';
import type { SourceIndex } from '../dataset';

export type DetectOptions = {
  /** Claims scoring below this are left out (0–1). Default: the model's balanced threshold. */
  claimThreshold?: number;
};

export type DetectInput = {
  blocks: Block[];
  index: SourceIndex;
  options: DetectOptions;
  /** Credits found first, so that the other detectors can leave credit text alone. */
  credits: CreditAnnotation[];
  /** The dataset id of the page's own outlet (report.site), so its short names count in its text. */
  siteId?: string | null;
};
