declare module '@mozilla/readability/Readability-readerable.js' {
  /** Mozilla Readability's cheap "is this a reader-view page?" check (what Firefox runs on every page). */
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minScore?: number; minContentLength?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
