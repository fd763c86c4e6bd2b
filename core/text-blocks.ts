/**
 * Plain-text input (the CLI's .txt files and --text): blocks are the stretches between blank lines,
 * kept verbatim so that `offset + span.start` is an offset into the input.
 */
import type { Block } from './report';

/** Splits `text` at blank lines into paragraph blocks carrying their UTF-16 offset. */
export function splitTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) blocks.push({ id: `b${blocks.length}`, kind: 'paragraph', text: text.slice(s, e), offset: s });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return blocks;
}
