import { describe, expect, it } from 'vitest';
import { jsonSyntaxPlace } from './jsonSyntaxPlace.js';

describe('jsonSyntaxPlace', () => {
  it('finds the line and column of a JSON syntax fault', () => {
    expect(jsonSyntaxPlace('{\n  "a": 1,\n  "b": ]\n}')).toEqual({ line: 3, column: 8 });
    expect(jsonSyntaxPlace('{"a": 1,}')).toEqual({ line: 1, column: 9 });
    expect(jsonSyntaxPlace("{'a': 1}")).toEqual({ line: 1, column: 2 });
    expect(jsonSyntaxPlace('[1, 2] x')).toEqual({ line: 1, column: 8 });
  });

  it('points past the end of a truncated document', () => {
    expect(jsonSyntaxPlace('{\n  "a": 1')).toEqual({ line: 2, column: 9 });
    expect(jsonSyntaxPlace('"open')).toEqual({ line: 1, column: 6 });
  });

  it('finds nothing in valid JSON, as JSON.parse agrees', () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}', ' [] ', '0']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonSyntaxPlace(text)).toBeUndefined();
    }
  });
});
