// The floor for the first-question row of `npm run bench`: the least a first question can cost
// with the same libraries as Voordeur (React, react-hook-form with a zod schema, Dexie), and
// nothing else. One record read from IndexedDB, one form with one question. Served offline from
// its own service worker (sw.js), like Voordeur. Not part of the app.
// Two more floors on the same page: a button that opens the conversation aids' first text in a
// lazily loaded <dialog> (aid-floor.tsx, next to the app's "Gesprekshulp"), and with `?list=N`
// N rows read from IndexedDB in one query and drawn (next to the household page with its plan
// and network); with `?tap=N` the same N rows are read and drawn when "Open" is tapped, without a
// page load (next to opening the household page from the households list).
import { zodResolver } from '@hookform/resolvers/zod';
import Dexie, { type Table } from 'dexie';
import { lazy, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FloorList } from './list-floor';

interface Answer {
  id: string;
  text: string;
}

interface Row {
  id: string;
  title: string;
  detail: string;
}

const db = new Dexie('bench-floor-first-question') as Dexie & { answers: Table<Answer, string>; rows: Table<Row, string> };
db.version(1).stores({ answers: 'id', rows: 'id' });

/** `count` rows of about the size of a plan action or a network person, stored on the first visit. */
async function listRows(count: number): Promise<Row[]> {
  const rows = await db.rows.toArray();
  if (rows.length === count) return rows;
  const fresh = Array.from({ length: count }, (_, n) => ({
    id: String(n).padStart(4, '0'),
    title: `Samen met hem de post van de verzekering openen bij de boodschappen (${n})`,
    detail: 'Vrijwilliger van de kerk · uiterlijk over 14 dagen · bewaakt door Jan (kernteam) · faciliteren',
  }));
  await db.transaction('rw', db.rows, async () => {
    await db.rows.clear();
    await db.rows.bulkPut(fresh);
  });
  return fresh;
}

const schema = z.object({ text: z.string().max(10_000) });

function FirstQuestion({ initial }: { initial: string }) {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { text: initial }, mode: 'onChange' });
  return (
    <main>
      <h1>Eerste vraag</h1>
      <form onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="q-eerste-vraag">Hoe gaat het met u?</label>
        <textarea id="q-eerste-vraag" rows={3} {...form.register('text')} />
      </form>
      <AidButton />
    </main>
  );
}

const AidDialog = lazy(() => import('./aid-floor'));

function AidButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Gesprekshulp
      </button>
      {open && (
        <Suspense fallback={<p role="status">Even laden…</p>}>
          <AidDialog />
        </Suspense>
      )}
    </>
  );
}

function TapToList({ count }: { count: number }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  if (rows) return <FloorList rows={rows} />;
  return (
    <button type="button" onClick={() => void listRows(count).then(setRows)}>
      Open
    </button>
  );
}

async function start(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const listSize = Number(query.get('list'));
  if (listSize > 0) {
    createRoot(document.getElementById('root')!).render(<FloorList rows={await listRows(listSize)} />);
    return;
  }
  const tapSize = Number(query.get('tap'));
  if (tapSize > 0) {
    createRoot(document.getElementById('root')!).render(<TapToList count={tapSize} />);
    return;
  }
  let answer = await db.answers.get('first');
  if (!answer) {
    answer = { id: 'first', text: '' };
    await db.answers.put(answer);
  }
  createRoot(document.getElementById('root')!).render(<FirstQuestion initial={answer.text} />);
}

void start();
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
