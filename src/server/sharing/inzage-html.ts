/**
 * The printable inzage page. Plain HTML without script or inline style (the CSP forbids both),
 * so it prints as it is; the page title carries no personal data.
 */
import type { InzageExport } from './inzage';

const fieldLabels: Record<string, string> = {
  label: 'Naam of adres',
  members: 'Wie wonen er',
  reportedBy: 'Gemeld door',
  reportReason: 'Reden van de melding',
  consent: 'Toestemming',
  closedOn: 'Afgesloten op',
  basis: 'Grondslag',
  note: 'Notitie',
  recordedOn: 'Vastgelegd op',
  byName: 'Door',
  organisationId: 'Organisatie',
  agreedOn: 'Afgesproken op',
  until: 'Geldig tot en met',
  withdrawnOn: 'Ingetrokken op',
  channel: 'Soort contact',
  startedAt: 'Begonnen op',
  toName: 'Nieuwe regisseur',
  toOrganisation: 'Organisatie van de regisseur',
  at: 'Op',
  reason: 'Reden',
  words: 'In eigen woorden',
  status: 'Stand',
  what: 'Wat',
  name: 'Naam',
  relation: 'Relatie',
  tie: 'Band',
  text: 'Tekst',
};

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function inzageHtml(data: InzageExport, organisationNames: ReadonlyMap<string, string>): string {
  const value = (field: string, v: unknown) => (field === 'organisationId' && typeof v === 'string' ? (organisationNames.get(v) ?? v) : show(v));
  const sections = data.sections
    .map((section) => {
      const items = section.records
        .map((r) => {
          const rows = Object.entries(r.fields)
            .map(([field, v]) => `<tr><th scope="row">${escape(fieldLabels[field] ?? field)}</th><td>${escape(value(field, v))}</td></tr>`)
            .join('');
          return `<table><tbody>${rows}</tbody></table>`;
        })
        .join('\n');
      return `<section><h2>${escape(section.title)} (${section.records.length})</h2>\n${items}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Inzage – Voordeur</title></head>
<body>
<h1>Inzage: wat er over dit huishouden is vastgelegd</h1>
<p>Team: ${escape(data.teamName)}. Gemaakt op ${escape(new Date(data.madeAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' }))}.
Dit is alles wat het team in Voordeur over dit huishouden bewaart. Wat gewist is, staat er niet meer in.
Wie dit overzicht maakte, staat in het logboek.</p>
${sections}
</body></html>`;
}
