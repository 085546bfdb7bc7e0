import { describe, expect, it } from 'vitest';
import { decideRelationship, relationshipConcerns, type RelationshipType } from '../../../../src/domain';

// Every path through the seed's diagram (BIJLAGE BIJ DAG 2, slide 10), under both first answers.
const paths: [boolean[], RelationshipType][] = [
  [[false], 'voorbijganger'],
  [[true, false], 'zoeker'],
  [[true, true, false], 'koper'],
  [[true, true, true], 'co-expert'],
];

describe('decideRelationship', () => {
  it('asks "probleem of beperking?" first', () => {
    expect(decideRelationship({ yesNo: [] })).toEqual({ done: false, ask: 'concern' });
    expect(decideRelationship({ yesNo: [true, true, true] })).toEqual({ done: false, ask: 'concern' });
  });

  it('asks the yes/no questions in the seed’s order', () => {
    expect(decideRelationship({ concern: 'probleem', yesNo: [] })).toEqual({ done: false, ask: 'vraag-voor-hulp' });
    expect(decideRelationship({ concern: 'probleem', yesNo: [true] })).toEqual({ done: false, ask: 'werkbare-vraag' });
    expect(decideRelationship({ concern: 'beperking', yesNo: [true, true] })).toEqual({ done: false, ask: 'gebruik-van-resources' });
  });

  for (const concern of relationshipConcerns) {
    it.each(paths)(`${concern}: %j ends in %s`, (yesNo, type) => {
      expect(decideRelationship({ concern, yesNo })).toEqual({ done: true, type, concern });
    });
  }

  it('ignores answers after a "nee" that ended it', () => {
    expect(decideRelationship({ concern: 'probleem', yesNo: [false, true, true] })).toEqual({
      done: true,
      type: 'voorbijganger',
      concern: 'probleem',
    });
  });
});
