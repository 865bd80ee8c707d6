import { describe, expect, it } from 'vitest';
import { ArrayItemScanner, firstJsonObject, stripThinking } from './jsonStream';

describe('reading JSON out of model text', () => {
  it('finds array items as they complete, across chunk boundaries and tricky strings', () => {
    const scanner = new ArrayItemScanner();
    const text = '{"alternatives": [{"a": "brace } in [string]", "n": {"x": 1}}, {"b": "quote \\" here"}, {"c":';
    const found: string[] = [];
    for (let i = 0; i < text.length; i += 7) found.push(...scanner.push(text.slice(i, i + 7)));
    expect(found.map((item) => JSON.parse(item))).toEqual([
      { a: 'brace } in [string]', n: { x: 1 } },
      { b: 'quote " here' },
    ]);
  });

  it('strips closed reasoning blocks and hides an unclosed one', () => {
    expect(stripThinking('<think>plan {x}</think>{"a":1}')).toBe('{"a":1}');
    expect(stripThinking('{"a":1}<think>still thinking')).toBe('{"a":1}');
  });

  it('takes the first balanced object out of prose and fences, or null when cut off', () => {
    expect(firstJsonObject('Sure! ```json\n{"alternatives": []}\n``` Hope it helps {not json}')).toEqual({ alternatives: [] });
    expect(firstJsonObject('I think {this} is {"a": 2}')).toEqual({ a: 2 });
    expect(firstJsonObject('{"alternatives": [{"shotId": "s1"')).toBeNull();
    expect(firstJsonObject('no json here')).toBeNull();
  });
});
