import { describe, expect, it } from 'vitest';
import { splitTextBlocks } from '../../core/text-blocks';

describe('splitTextBlocks', () => {
  it('splits at blank lines and keeps offsets into the input', () => {
    const text = '  First paragraph,\nstill first.\n\n\nSecond one.\n \t\nThird.  \n';
    const blocks = splitTextBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(['First paragraph,\nstill first.', 'Second one.', 'Third.']);
    for (const b of blocks) expect(text.slice(b.offset!, b.offset! + b.text.length)).toBe(b.text);
    expect(blocks.map((b) => b.id)).toEqual(['b0', 'b1', 'b2']);
  });

  it('handles CRLF input and empty input', () => {
    expect(splitTextBlocks('a\r\n\r\nb').map((b) => b.text)).toEqual(['a', 'b']);
    expect(splitTextBlocks('')).toEqual([]);
    expect(splitTextBlocks('\n\n  \n')).toEqual([]);
  });
});
