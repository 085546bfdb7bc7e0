import { describe, expect, it } from 'vitest';
import { MAX_FIELDS_PER_CHANGE, fieldSpec, isTextField, validateFields } from '../../../../src/domain/records/validate';
import { tableNames, type TableName } from '../../../../src/domain/records/tables';

const HOUSEHOLD = '01900000-0000-7000-8000-000000000001';

function errorsOf(table: TableName, changed: Record<string, unknown>, creating = false) {
  const result = validateFields(table, changed, creating);
  if (result.ok) throw new Error(`expected ${JSON.stringify(changed)} to be refused`);
  return result.errors;
}

function messageOf(table: TableName, field: string, value: unknown) {
  const errors = errorsOf(table, { [field]: value });
  expect(errors).toHaveLength(1);
  expect(errors[0]?.field).toBe(field);
  return errors[0]?.message;
}

describe('validateFields', () => {
  it('accepts a valid household and returns the trimmed label', () => {
    const result = validateFields('households', { label: '  Dorpsstraat 12 ', members: '', consent: 'gegeven' }, true);
    expect(result).toEqual({ ok: true, fields: { label: 'Dorpsstraat 12', members: '', consent: 'gegeven' } });
  });

  it('accepts a valid map entry and contact, including their prefixed fields', () => {
    expect(
      validateFields(
        'mapEntries',
        { subdomainId: 'huisvesting', experience: 'Woont krap.', scoreResident: 10, scoreWorker: null, 'topic.woonlasten': true },
        true,
      ).ok,
    ).toBe(true);
    expect(
      validateFields(
        'contacts',
        { channel: 'eropaf', startedAt: '2026-03-10T14:00:00+01:00', 'answer.eerste-vraag': 'Het gaat wel.', planDate: null },
        true,
      ).ok,
    ).toBe(true);
  });

  it('names an unknown field', () => {
    expect(messageOf('households', 'name', 'x')).toBe('Onbekend veld "name".');
    expect(messageOf('households', '__proto__', {})).toBe('Onbekend veld "__proto__".');
    expect(messageOf('households', 'toString', 'x')).toBe('Onbekend veld "toString".');
  });

  it('refuses too-long text with the limit in Dutch notation', () => {
    expect(messageOf('households', 'reportReason', 'x'.repeat(20_001))).toBe(
      'Deze tekst is te lang: maximaal 20.000 tekens.',
    );
    expect(messageOf('households', 'label', 'x'.repeat(121))).toBe('Deze tekst is te lang: maximaal 120 tekens.');
    expect(validateFields('households', { reportReason: 'x'.repeat(20_000) }, false).ok).toBe(true);
  });

  it('refuses scores outside 1–10 and non-integers', () => {
    expect(messageOf('mapEntries', 'scoreResident', 11)).toBe('Het cijfer is maximaal 10.');
    expect(messageOf('mapEntries', 'scoreWorker', 0)).toBe('Het cijfer is minimaal 1.');
    expect(messageOf('mapEntries', 'scoreWorker', 7.5)).toBe('Vul een heel cijfer in.');
    expect(messageOf('mapEntries', 'scoreWorker', '7')).toBe('Vul een cijfer van 1 tot en met 10 in.');
  });

  it('refuses a value of the wrong type with a Dutch message', () => {
    expect(messageOf('households', 'members', 42)).toBe('Vul hier tekst in.');
    expect(messageOf('households', 'label', null)).toBe('Vul hier tekst in.');
    expect(messageOf('contacts', 'answer.eerste-vraag', true)).toBe('Vul hier tekst in.');
    expect(messageOf('mapEntries', 'topic.wonen', 'ja')).toBe('Kies ja of nee.');
    expect(messageOf('mapEntries', 'subdomainId', 5)).toBe('Ongeldige inhoud-id');
    expect(messageOf('mapEntries', 'contentVersion', 2026)).toBe('Ongeldige inhoudsversie.');
    expect(messageOf('contacts', 'startedAt', 1_760_000_000_000)).toBe('Ongeldige datum en tijd.');
    expect(messageOf('conflicts', 'field', 5)).toBe('Ongeldig veld.');
    expect(messageOf('conflicts', 'table', '')).toBe('Ongeldige tabel.');
  });

  it('refuses a value outside an enum', () => {
    expect(messageOf('households', 'consent', 'misschien')).toBe('Kies of er toestemming is.');
    expect(messageOf('contacts', 'channel', 'fax')).toBe('Kies hoe het contact was.');
    expect(messageOf('contacts', 'outcome', 'weg')).toBe('Kies hoe het contact afliep.');
  });

  it('refuses invalid dates', () => {
    expect(messageOf('contacts', 'planDate', '2026-13-01')).toBe('Vul een geldige datum in (dag-maand-jaar).');
    expect(messageOf('contacts', 'startedAt', '2026-03-10 14:00')).toBe('Ongeldige datum en tijd.');
  });

  it('refuses an empty label with the message that says what to fill in', () => {
    expect(messageOf('households', 'label', '   ')).toBe(
      'Geef het huishouden een korte naam, bijvoorbeeld straat en huisnummer.',
    );
  });

  it('asks for every required field on create, but not on a later change', () => {
    expect(errorsOf('contacts', { note: 'x' }, true)).toEqual([
      { field: 'channel', message: 'Verplicht veld "channel" ontbreekt.' },
      { field: 'startedAt', message: 'Verplicht veld "startedAt" ontbreekt.' },
    ]);
    expect(errorsOf('households', {}, true)).toEqual([{ field: 'label', message: 'Verplicht veld "label" ontbreekt.' }]);
    expect(validateFields('contacts', { note: 'x' }, false).ok).toBe(true);
  });

  it('reports every bad field, not only the first', () => {
    const errors = errorsOf('mapEntries', { scoreResident: 11, experience: 3, bogus: 1 });
    expect(errors.map((e) => e.field).sort()).toEqual(['bogus', 'experience', 'scoreResident']);
  });

  it('accepts prefixed fields only with a valid content id and on their own table', () => {
    expect(validateFields('contacts', { 'answer.wat-wilt-u-anders': 'Meer rust.' }, false).ok).toBe(true);
    expect(validateFields('mapEntries', { 'topic.a1': false }, false).ok).toBe(true);
    for (const bad of ['answer.', 'answer.Hoofdletter', 'answer.-begint-met-streep', 'answer.met spatie', 'answer.a.b', `answer.${'a'.repeat(65)}`]) {
      expect(messageOf('contacts', bad, 'x')).toBe(`Onbekend veld "${bad}".`);
    }
    expect(messageOf('contacts', 'topic.wonen', true)).toBe('Onbekend veld "topic.wonen".');
    expect(messageOf('mapEntries', 'answer.eerste-vraag', 'x')).toBe('Onbekend veld "answer.eerste-vraag".');
  });

  it('refuses a change with too many fields', () => {
    const changed = Object.fromEntries(
      Array.from({ length: MAX_FIELDS_PER_CHANGE + 1 }, (_, i) => [`topic.t${i}`, true]),
    );
    expect(errorsOf('mapEntries', changed)).toEqual([{ field: '', message: 'Te veel velden in één wijziging.' }]);
  });

  it('validates conflict records as the server makes them', () => {
    const draft = {
      table: 'households',
      recordId: HOUSEHOLD,
      field: 'reportReason',
      text: 'De tekst die verloor.',
      losingHlc: `001760000000000:00000:${HOUSEHOLD}`,
      resolved: false,
    };
    expect(validateFields('conflicts', draft, true).ok).toBe(true);
    expect(messageOf('conflicts', 'losingHlc', 'gisteren')).toBe('Ongeldige klokstempel');
  });
});

describe('fieldSpec / isTextField', () => {
  it('tells free text from values, for plain and prefixed fields', () => {
    expect(isTextField('households', 'reportReason')).toBe(true);
    expect(isTextField('households', 'consent')).toBe(false);
    expect(isTextField('mapEntries', 'experience')).toBe(true);
    expect(isTextField('mapEntries', 'scoreResident')).toBe(false);
    expect(isTextField('mapEntries', 'topic.wonen')).toBe(false);
    expect(isTextField('contacts', 'answer.eerste-vraag')).toBe(true);
    expect(isTextField('contacts', 'answer.NOPE')).toBe(false);
    expect(isTextField('conflicts', 'text')).toBe(true);
    expect(isTextField('households', 'constructor')).toBe(false);
  });

  it('knows no field outside a table, and a table only requires fields it defines', () => {
    for (const table of tableNames) {
      expect(fieldSpec(table, 'unknown-field')).toBeUndefined();
    }
    for (const table of tableNames) {
      const result = validateFields(table, {}, true);
      const missing = result.ok ? [] : result.errors.map((e) => e.field);
      for (const field of missing) expect(fieldSpec(table, field)).toBeDefined();
    }
  });
});
