/**
 * The one product of Sourcelight: the `sourcelight/report@2` contract (@1 had no `site`).
 * Content script, background, popup, CLI and tests all speak these types; the README documents them.
 * Changing a field means a new schema version.
 */

export const REPORT_SCHEMA = 'sourcelight/report@2' as const;

/** The kinds of text block we extract from an article. */
export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'credit' | 'blockquote' | 'list' | 'other';

/** A unit of article text (a paragraph, a caption, a heading...). */
export type Block = {
  id: string;
  kind: BlockKind;
  text: string;
  /** Text input only: UTF-16 offset of the block in the input. */
  offset?: number;
};

/** UTF-16 offsets into one block's text; `end` is exclusive. */
export type Span = { block: string; start: number; end: number };

/**
 * What kind of source speaks (report@2): a `person` (named, or a description the article does not resolve,
 * `name: null`), a `group` of people ("Con Edison officials"), an `organization` ("the Kremlin", a government
 * named by its country), a `document` ("the report", "a CBO analysis") or `unnamed` ("a source", no speaker).
 */
export type SpeakerKind = 'person' | 'group' | 'organization' | 'document' | 'unnamed';

export type Speaker = {
  kind: SpeakerKind;
  /** What the text names, for every kind but `unnamed` (null for an unresolved description). */
  name: string | null;
  role: string | null;
  organization: string | null;
  sourceId: string | null;
  span: Span | null;
};

export type ChainRole = 'photographer' | 'agency' | 'distributor' | 'publisher' | 'provider' | 'unknown';
export type ChainLink = { name: string; role: ChainRole; sourceId: string | null };

/**
 * One utterance (report@2): `spans` are all its content parts in order, attribution text excluded
 * ("A," she said. "B." is one quote with two spans; a paragraph continuing it with no cue of its own
 * adds a span); `span` is the first part and `text` its text. `quoted` lists the words inside quotation
 * marks of a reported quote ("X said the plan was “dead on arrival”"), empty when there are none or the
 * whole content is quoted.
 */
export type QuoteAnnotation = {
  kind: 'quote';
  span: Span;
  spans: Span[];
  quoted: Span[];
  text: string;
  direct: boolean;
  cue: string | null;
  speaker: Speaker;
};
export type CreditAnnotation = { kind: 'credit'; span: Span; text: string; chain: ChainLink[] };
export type ClaimAnnotation = { kind: 'claim'; span: Span; text: string; score: number; reasons: string[] };
export type SourceAnnotation = { kind: 'source'; span: Span; text: string; sourceId: string };

export type Annotation = QuoteAnnotation | CreditAnnotation | ClaimAnnotation | SourceAnnotation;
export type AnnotationKind = Annotation['kind'];

/** State Media Monitor typology (ASD / German Marshall Fund State Media Matrix). */
export type StateControl = 'SC' | 'CaPu' | 'CaPr' | 'ISFM' | 'ISF' | 'ISM' | 'IP';

/** What we show about a source: every fact traceable through `provenance`. */
export type SourceCard = {
  id: string;
  name: string;
  type: string;
  country: string | null;
  owner: string | null;
  stateControl: StateControl | null;
  founded: number | null;
  description: string;
  website: string | null;
  /** The entry's Wikidata item ("Q1143"), when it has one (report@2). */
  qid?: string | null;
  /** "field, field: source" lines, one source per fact (see core/provenance.ts). */
  provenance: string[];
  asOf: string;
};

export type ArticleVerdict = { isArticle: boolean; signals: string[] };

/**
 * The site the page belongs to: the host it was resolved from (the canonical URL's, og:url's or the
 * address's) and, when the dataset knows the outlet, its card's id (its card is in `sources`).
 * `name` is the outlet's name as the dataset has it, or else as the page states it (og:site_name,
 * JSON-LD publisher); null when neither says.
 */
export type SiteInfo = { host: string; name: string | null; sourceId: string | null };

export type Report = {
  schema: typeof REPORT_SCHEMA;
  url: string | null;
  title: string | null;
  article: ArticleVerdict;
  blocks: Block[];
  annotations: Annotation[];
  /** The site of the page (null when it has no web address, e.g. text input without --url). */
  site: SiteInfo | null;
  /** Every sourceId referenced by an annotation (source, credit chain link, speaker) or by `site`. */
  sources: Record<string, SourceCard>;
  /** CLI, WARC input only: the archive the page came from, the record's byte offset in it, and its WARC-Date. */
  record?: RecordInfo;
  /** Set (true) when the page was over its work budget and only its first part was read: the popup says "annotated partially". */
  partial?: boolean;
};

export type RecordInfo = { warc: string; offset: number; date: string | null };

/** The names painted in `CSS.highlights`, one per kind: a public contract. */
export const HIGHLIGHT_NAMES = {
  quote: 'sourcelight-quote',
  speaker: 'sourcelight-speaker',
  credit: 'sourcelight-credit',
  claim: 'sourcelight-claim',
  source: 'sourcelight-source',
} as const;

/** The five things a user can switch on and off: the four annotation kinds plus speakers. */
export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;
export const HIGHLIGHT_KINDS = Object.keys(HIGHLIGHT_NAMES) as HighlightKind[];

/** Plain-words meaning of each State Media Monitor code, shown on every card. */
export const STATE_CONTROL_LABELS: Record<StateControl, { label: string; meaning: string }> = {
  SC: { label: 'State-controlled', meaning: 'The state controls its finances, management and editorial line.' },
  CaPu: {
    label: 'Captured public / state-managed',
    meaning: 'A public or state-managed outlet whose editorial independence has been captured by the government.',
  },
  CaPr: {
    label: 'Captured private',
    meaning: 'Privately owned, but controlled through owners close to the government.',
  },
  ISFM: {
    label: 'Independent, state-funded and state-managed',
    meaning: 'Funded and managed by the state, yet editorially independent.',
  },
  ISF: { label: 'Independent, state-funded', meaning: 'Funded by the state, editorially independent.' },
  ISM: { label: 'Independent, state-managed', meaning: 'Managed by state bodies, editorially independent.' },
  IP: {
    label: 'Independent public',
    meaning: 'A public-service outlet with secure funding and editorial independence.',
  },
};
