import { describe, expect, it } from 'vitest';
import {
  contentIdSchema,
  contentVersionField,
  isoDateField,
  requiredTextField,
  scoreField,
  textField,
} from '../../../../src/domain/records/fields';

const firstMessage = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('field builders', () => {
  it('textField takes a custom limit and keeps whitespace as typed', () => {
    const spec = textField(5);
    expect(spec.kind).toBe('text');
    expect(spec.schema.parse(' abc ')).toBe(' abc ');
    expect(firstMessage(spec.schema.safeParse('abcdef'))).toBe('Deze tekst is te lang: maximaal 5 tekens.');
  });

  it('requiredTextField trims and gives its own message when empty', () => {
    const spec = requiredTextField(10, 'Vul iets in.');
    expect(spec.schema.parse('  ok  ')).toBe('ok');
    expect(firstMessage(spec.schema.safeParse(' \n '))).toBe('Vul iets in.');
    expect(firstMessage(spec.schema.safeParse(undefined))).toBe('Vul hier tekst in.');
  });

  it('scoreField allows "not yet given"', () => {
    expect(scoreField().kind).toBe('value');
    expect(scoreField().schema.parse(null)).toBeNull();
    expect(scoreField().schema.parse(1)).toBe(1);
  });

  it('isoDateField allows an empty date but no impossible one', () => {
    expect(isoDateField().schema.parse(null)).toBeNull();
    expect(isoDateField().schema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDateField().schema.parse('2026-02-28')).toBe('2026-02-28');
  });

  it('contentVersionField wants year.number', () => {
    expect(contentVersionField().schema.safeParse('2026.3').success).toBe(true);
    expect(firstMessage(contentVersionField().schema.safeParse('v3'))).toBe('Ongeldige inhoudsversie.');
  });

  it('contentIdSchema wants lower-case kebab ids', () => {
    expect(contentIdSchema.safeParse('psychisch-functioneren').success).toBe(true);
    for (const bad of ['', 'Psychisch', '-x', 'a_b', 'a.b', 'a'.repeat(65)]) {
      expect(firstMessage(contentIdSchema.safeParse(bad))).toBe('Ongeldige inhoud-id');
    }
  });
});
