import { describe, expect, it } from 'vitest';
import { answerField, contactsTable, prefixedId, prefixedName, prefixedValues, topicField } from '../../../../src/domain';

describe('prefixed field names', () => {
  it('builds and parses the same names', () => {
    expect(answerField('eerste-vraag')).toBe('answer.eerste-vraag');
    expect(prefixedId('answer.', answerField('eerste-vraag'))).toBe('eerste-vraag');
    expect(prefixedId('topic.', topicField('geld'))).toBe('geld');
    expect(prefixedName('worked.', 'k1')).toBe('worked.k1');
  });

  it('parses only its own prefix and a valid content id', () => {
    expect(prefixedId('answer.', 'topic.geld')).toBeUndefined();
    expect(prefixedId('answer.', 'answer.')).toBeUndefined();
    expect(prefixedId('answer.', 'answer.Hoofdletter')).toBeUndefined();
    expect(prefixedId('answer.', 'answer.a.b')).toBeUndefined();
    expect(prefixedId('answer.', 'note')).toBeUndefined();
  });

  it('reads one family of values by content id', () => {
    const fields = { 'answer.a': 'ja', 'answer.b': 'nee', 'worked.a': true, note: 'los' };
    expect(prefixedValues(contactsTable, 'answer.', fields)).toEqual({ a: 'ja', b: 'nee' });
    expect(prefixedValues(contactsTable, 'worked.', fields)).toEqual({ a: true });
  });
});
