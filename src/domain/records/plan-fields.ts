import * as z from 'zod/mini';

/** A calendar day (YYYY-MM-DD), required: when something was made or happened. */
export const calendarDaySchema = z.iso.date({ error: 'Vul een geldige datum in (dag-maand-jaar).' });

/** A reference to another record of the same household (a goal, a network person, a handover). */
export const recordRefSchema = z
  .string({ error: 'Ongeldige verwijzing.' })
  .check(
    z.minLength(1, 'Ongeldige verwijzing.'),
    z.maxLength(120, 'Ongeldige verwijzing.'),
    z.regex(/^[A-Za-z0-9._-]+$/, 'Ongeldige verwijzing.'),
  );
