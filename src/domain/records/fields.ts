import * as z from 'zod/mini';
import { dutchWholeNumber } from '../dutch-number';

/**
 * How a field merges. `text` is free text a person typed: when two devices change it
 * concurrently the losing text is kept as a conflict. `value` is a choice, a number, a date
 * or a flag: plain last-writer-wins is what a person expects.
 */
export type FieldKind = 'text' | 'value';

/**
 * One field of a table: its merge kind and the zod schema of its value. Generic over the schema,
 * so a table's fields keep their types and the record types derive from them (RecordOf).
 */
export interface FieldSpec<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly kind: FieldKind;
  readonly schema: S;
}

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/** The value a field holds once validated. */
export type ValueOf<F extends FieldSpec> = z.output<F['schema']>;

/**
 * The fields of a record of a table, typed by their specs. Every field may be missing: records
 * are written a field at a time, and fields added later are absent from older records.
 */
export type RecordOf<Fs extends FieldSpecs> = { -readonly [K in keyof Fs]?: ValueOf<Fs[K]> };

export const MAX_TEXT_LENGTH = 20_000;

/** Said when a text field gets something that is not text (a number, a list, ...). */
const NOT_TEXT = 'Vul hier tekst in.';

export const textField = (max = MAX_TEXT_LENGTH): FieldSpec<z.ZodMiniString<string>> => ({
  kind: 'text',
  schema: z.string({ error: NOT_TEXT }).check(z.maxLength(max, `Deze tekst is te lang: maximaal ${dutchWholeNumber(max)} tekens.`)),
});

export const requiredTextField = (max: number, emptyMessage: string): FieldSpec<z.ZodMiniString<string>> => ({
  kind: 'text',
  schema: z
    .string({ error: NOT_TEXT })
    .check(z.trim(), z.minLength(1, emptyMessage), z.maxLength(max, `Deze tekst is te lang: maximaal ${dutchWholeNumber(max)} tekens.`)),
});

export const valueField = <S extends z.ZodMiniType>(schema: S): FieldSpec<S> => ({ kind: 'value', schema });

export const enumField = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  valueField(z.enum(values, { error: message }));

export const booleanField = () => valueField(z.boolean({ error: 'Kies ja of nee.' }));

/** A 1–10 score (scaling question), or null when not (yet) given. */
export const scoreField = () =>
  valueField(
    z.nullable(
      z
        .number({ error: 'Vul een cijfer van 1 tot en met 10 in.' })
        .check(z.int('Vul een heel cijfer in.'), z.gte(1, 'Het cijfer is minimaal 1.'), z.lte(10, 'Het cijfer is maximaal 10.')),
    ),
  );

export const isoDateTimeField = () =>
  valueField(z.iso.datetime({ offset: true, error: 'Ongeldige datum en tijd.' }));

export const isoDateField = () =>
  valueField(z.nullable(z.iso.date({ error: 'Vul een geldige datum in (dag-maand-jaar).' })));

/** Content ids (question, topic, subdomain ids) used inside dynamic field names. */
export const contentIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const contentIdSchema = z.string({ error: 'Ongeldige inhoud-id' }).check(z.regex(contentIdPattern, 'Ongeldige inhoud-id'));

/** The content version a record was made under, so old answers still open after content changes. */
export const contentVersionField = () =>
  valueField(z.string({ error: 'Ongeldige inhoudsversie.' }).check(z.regex(/^\d{4}\.\d+$/, 'Ongeldige inhoudsversie.')));
