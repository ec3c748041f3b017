import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCsv, parseCsv, parseCsvObjects } from './csv.ts';

describe('parseCsv', () => {
  test('should split quoted fields with delimiters, doubled quotes and newlines', () => {
    const records = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n');
    assert.deepEqual(records[1].fields, ['x, y', 'say "hi"\nthere']);
    assert.equal(records.length, 2);
  });
  test('should report the line each record starts on, across CRLF and blank lines', () => {
    const records = parseCsv('h\r\n1\r\n\r\n"2\n2"\n3');
    assert.deepEqual(records.map((r) => r.line), [1, 2, 4, 6]);
  });
  test('should use another delimiter and strip a byte-order mark', () => {
    assert.deepEqual(parseCsv('\uFEFF"a";"b"\n', { delimiter: ';' })[0].fields, ['a', 'b']);
  });
  test('should refuse an unterminated quote', () => {
    assert.throws(() => parseCsv('a\n"b'), /unterminated quoted field starting on line 2/);
  });
});

describe('formatCsv', () => {
  test('should round-trip numbers, nulls and text that needs quotes', () => {
    const text = formatCsv(['k', 'v'], [{ k: 'a,"b"', v: 0.1 + 0.2 }, { k: 'c', v: null }]);
    const back = parseCsvObjects(text).map((r) => r.row);
    assert.deepEqual(back, [{ k: 'a,"b"', v: String(0.1 + 0.2) }, { k: 'c', v: '' }]);
  });
});
