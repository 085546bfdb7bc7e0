// The floor for the first-question row of `npm run bench`: the least a first question can cost
// with the same libraries as Voordeur (React, react-hook-form with a zod schema, Dexie), and
// nothing else. One record read from IndexedDB, one form with one question. Served offline from
// its own service worker (sw.js), like Voordeur. Not part of the app.
import { zodResolver } from '@hookform/resolvers/zod';
import Dexie, { type Table } from 'dexie';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

interface Answer {
  id: string;
  text: string;
}

const db = new Dexie('bench-floor-first-question') as Dexie & { answers: Table<Answer, string> };
db.version(1).stores({ answers: 'id' });

const schema = z.object({ text: z.string().max(10_000) });

function FirstQuestion({ initial }: { initial: string }) {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { text: initial }, mode: 'onChange' });
  return (
    <main>
      <h1>Eerste vraag</h1>
      <form onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="first-question">Hoe gaat het met u?</label>
        <textarea id="first-question" data-bench="first-question" rows={3} {...form.register('text')} />
      </form>
    </main>
  );
}

async function start(): Promise<void> {
  let answer = await db.answers.get('first');
  if (!answer) {
    answer = { id: 'first', text: '' };
    await db.answers.put(answer);
  }
  createRoot(document.getElementById('root')!).render(<FirstQuestion initial={answer.text} />);
}

void start();
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
