// Issue 3: two workers of one team share their work through the real server; a worker of
// another team never sees it; and a server killed in the middle of a push loses nothing and
// applies nothing twice.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, uuidv7, type PushResponse, type PushResult } from '../../src/domain';
import { toServerRecord } from '../../src/server/store/records';
import { HouseholdsPage } from './pages/households-page';
import { LoginPage } from './pages/login-page';
import { MapPage } from './pages/map-page';
import { createWorkers, withServerStore, type Worker } from './support/accounts';
import { launchChromium } from './support/chromium';
import { readOutbox, type QueuedMutation } from './support/device-store';
import { screenProblems } from './support/screen-check';
import { startServer, type RunningServer } from './support/server';

const anna: Worker = { username: 'anna', password: 'anna-haar-lange-zin', team: 'Outreach Noord' };
const bram: Worker = { username: 'bram', password: 'bram-zijn-lange-zin', team: 'Outreach Noord' };
const cees: Worker = { username: 'cees', password: 'cees-zijn-lange-zin', team: 'Outreach Zuid' };

const visited = { label: 'Berkenstraat 3', members: 'Vader en zoon (fictief)' };
const firstQuestion = 'Hoe gaat het met u?';
const firstAnswer = 'Het gaat wel, de huur is een zorg.';
const experience = 'Hoe beleeft de persoon het zelf en wat zie jij?';
const experienceText = 'Hij mist zijn werk bij de bakker.';
const changedByA = 'Hij wil weer bij de bakker werken.';
const changedAgainByA = 'Hij heeft een proefdag bij de bakker.';

describe('a team shares its work through the server', () => {
  /** The server that runs now; a restart replaces it (same data directory, same port). */
  let server: RunningServer;
  const servers: RunningServer[] = [];
  let browser: Browser;
  let a: HouseholdsPage;
  let b: HouseholdsPage;
  let c: HouseholdsPage;

  beforeAll(async () => {
    server = await startServer();
    servers.push(server);
    await createWorkers(server, [anna, bram, cees]);
    browser = await launchChromium();
    a = await logIn(anna);
    b = await logIn(bram);
    c = await logIn(cees);
    await a.waitUntilServiceWorkerControls();
  });

  afterAll(async () => {
    await browser?.close();
    // The first server owns the data directory and removes it, so it stops last.
    for (const running of servers.reverse()) await running.stop();
  });

  it('worker A works offline; the changes wait for a connection', async () => {
    await a.page.context().setOffline(true);
    const form = await a.addHousehold();
    await form.fill(visited);
    const timeline = await form.openHousehold(visited.label);
    const contact = await timeline.newContact();
    await contact.chooseChannel('Huisbezoek / outreachend');
    await contact.chooseOutcome('Gesproken aan de deur');
    await contact.startConversation();
    await contact.next();
    await contact.next();
    await contact.write(firstQuestion, firstAnswer);
    await contact.next();
    await contact.back();

    const map = await timeline.openMap();
    await map.openSubdomain('Dagbesteding');
    await map.topic('dagindeling').check();
    await map.text(experience).fill(experienceText);
    await map.score('bewoner', 6).check();
    await map.backToOverview();
    expect(await map.progress('Dag').textContent()).toBe('1 van 4 onderdelen besproken');

    await a.waitForSyncLine(/\d+ wijzigingen wachten op verbinding/);
    expect(await screenProblems(a.page)).toEqual([]);
    expect((await readOutbox(a.page)).length).toBeGreaterThan(5);

    // Nothing reached the server, so B has nothing new.
    await b.syncNow();
    expect(await b.cards.count()).toBe(0);
  });

  it('back online, the work of A reaches B of the same team', async () => {
    await a.page.context().setOffline(false);
    await a.waitForSyncLine(/Alles bijgewerkt/);
    expect(await readOutbox(a.page)).toEqual([]);

    await b.syncNow();
    await b.card(visited.label).waitFor();
    expect(await screenProblems(b.page)).toEqual([]);
    const timeline = await b.openHousehold(visited.label);
    await timeline.contactCards.filter({ hasText: 'Gesproken aan de deur' }).waitFor();
    expect(await timeline.detail('Wie wonen er?').textContent()).toBe(visited.members);
    expect(await timeline.mapProgress('Dag').textContent()).toBe('1 van 4 onderdelen besproken');
    expect(await screenProblems(b.page)).toEqual([]);

    const contact = await timeline.openContact();
    await contact.startConversation();
    await contact.goToStep('De eerste vraag');
    expect(await contact.answer(firstQuestion).inputValue()).toBe(firstAnswer);
    expect(await screenProblems(b.page)).toEqual([]);
    await contact.back();

    const map = await timeline.openMap();
    await map.openSubdomain('Dagbesteding');
    expect(await map.topic('dagindeling').isChecked()).toBe(true);
    expect(await map.text(experience).inputValue()).toBe(experienceText);
    expect(await map.score('bewoner', 6).isChecked()).toBe(true);
    expect(await screenProblems(b.page)).toEqual([]);
    await b.openList();
  });

  it('an open form shows what a colleague changed, and keeps what is being typed next to it', async () => {
    const atB = await (await b.openHousehold(visited.label)).openMap();
    await atB.openSubdomain('Dagbesteding');
    await a.openList();
    const atA = await (await a.openHousehold(visited.label)).openMap();
    await atA.openSubdomain('Dagbesteding');

    // A changes the text; B, with the form open and not typing in it, sees it after a sync.
    await atA.text(experience).fill(changedByA);
    await atA.text(experience).blur();
    await sendToServer(a, changedByA);
    await b.syncNow();
    await expect.poll(() => atB.text(experience).inputValue()).toBe(changedByA);

    // B types in the field while A, offline, changes the same text: two edits from the same
    // revision. B's phone saves and sends what is typed by itself, cursor still in the field; A
    // changes it only after that, so A's edit is the later one and A cannot have fetched B's
    // (on a busy machine either could otherwise happen, and there would be nothing to compare).
    const typedByB = `${changedByA} Vraagt om hulp.`;
    await a.page.context().setOffline(true);
    await atB.text(experience).click();
    await atB.text(experience).pressSequentially(' Vraagt om hulp.');
    await expect.poll(() => serverHolds(typedByB)).toBe(true);
    await atA.text(experience).fill(changedAgainByA);
    await atA.text(experience).blur();
    await a.page.context().setOffline(false);
    await sendToServer(a, changedAgainByA);
    // B's phone hears of it from the server and syncs by itself, with the cursor still in the
    // field (a tap on "Nu bijwerken" would leave it): whichever text the merge keeps, the other
    // comes in as "twee versies", and B's text stays under the cursor.
    await b.page.getByText('Er zijn twee versies van deze tekst.').first().waitFor();
    expect(await atB.text(experience).inputValue()).toBe(typedByB);
    await expect.poll(() => b.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await atB.text(experience).blur();
    await b.syncNow();
    await b.page.getByRole('button', { name: 'Versies vergelijken' }).click();
    const shown = `${await atB.text(experience).inputValue()}\n${await b.page.locator('.two-versions').filter({ hasText: 'twee versies' }).innerText()}`;
    expect(shown).toContain(typedByB);
    expect(shown).toContain(changedAgainByA);
    expect(await screenProblems(b.page)).toEqual([]);
    await b.openList();
  });

  /** Syncs the worker until the server holds this text in one of the team's map entries. */
  async function sendToServer(worker: HouseholdsPage, text: string) {
    await expect
      .poll(async () => {
        await worker.syncNow();
        return serverHolds(text);
      })
      .toBe(true);
  }

  /** Whether the server holds this text in one of the team's map entries. */
  function serverHolds(text: string): Promise<boolean> {
    return withServerStore(server, async (store) => {
      const entries = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'mapEntries').execute();
      return entries.some((entry) => Object.values(toServerRecord(entry, store.sealer).fields).includes(text));
    });
  }

  it('a worker of another team never sees it', async () => {
    await c.syncNow();
    await c.emptyNotice.waitFor();
    expect(await c.cards.count()).toBe(0);
    expect(await screenProblems(c.page)).toEqual([]);

    // Not through the API either: pulling team Noord is refused, pulling Zuid gives nothing.
    const { token, teams } = await apiLogin(cees);
    const noord = await teamId(anna.team);
    expect(teams.map((team) => team.name)).toEqual([cees.team]);
    expect((await apiPull(token, noord)).status).toBe(403);
    const own = await apiPull(token, teams[0]!.id);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ records: [] });
  });

  describe('the server is killed in the middle of a push', () => {
    it('after it committed but before it answered: the retry is not applied twice', async () => {
      const labels = ['Eikenlaan 1', 'Eikenlaan 2', 'Eikenlaan 3'];
      const queued = await queueOffline(labels);

      // The push reaches the server and commits; the server dies before the device hears back.
      const cut = new Promise<PushResult[]>((resolve) => {
        void a.page.route(
          '**/api/sync/push',
          async (route) => {
            const response = await route.fetch();
            const { results } = (await response.json()) as PushResponse;
            await server.kill();
            await route.abort('connectionreset');
            resolve(results);
          },
          { times: 1 },
        );
      });
      const answers = collectPushAnswers(a.page);
      const failedPushes = countFailedPushes(a.page);
      await a.page.context().setOffline(false);
      const committed = await cut;
      expect(committed.map((r) => [r.mutationId, r.status])).toEqual(queued.map((m) => [m.mutationId, 'applied']));
      expect(await readOutbox(a.page)).toHaveLength(queued.length);
      await a.waitForSyncLine(new RegExp(`${queued.length} wijzigingen wachten op verbinding`));

      await restartServer();
      await a.syncNow();
      await a.waitForSyncLine(/Alles bijgewerkt/);
      expect(await readOutbox(a.page)).toEqual([]);
      // While the server was down the device waited longer each time (it once retried in a tight loop).
      expect(failedPushes()).toBeLessThan(6);
      // The server recognised every resent change as already done.
      expect((await answers()).map((r) => [r.mutationId, r.status])).toEqual(
        queued.map((m) => [m.mutationId, 'duplicate']),
      );
      await expectExactlyOnceOnServer(queued, labels);
      await expectExactlyOnceAtB(labels);
    });

    it('the moment a push goes out: nothing is lost and nothing doubled', async () => {
      const labels = ['Lindelaan 1', 'Lindelaan 2', 'Lindelaan 3'];
      const queued = await queueOffline(labels);

      let killOnPush: (request: Request) => void = () => {};
      const killed = new Promise<void>((resolve) => {
        killOnPush = (request) => {
          if (request.url().endsWith('/api/sync/push')) void server.kill().then(resolve);
        };
      });
      a.page.on('request', killOnPush);
      const answers = collectPushAnswers(a.page);
      const failedPushes = countFailedPushes(a.page);
      await a.page.context().setOffline(false);
      await killed;
      a.page.off('request', killOnPush);

      await restartServer();
      await a.syncNow();
      await a.waitForSyncLine(/Alles bijgewerkt/);
      expect(await readOutbox(a.page)).toEqual([]);
      // While the server was down the device waited longer each time (it once retried in a tight loop).
      expect(failedPushes()).toBeLessThan(6);
      // Whether the kill came before, during or after the commit: each change applied once at most.
      const results = await answers();
      const applied = results.filter((r) => r.status === 'applied').map((r) => r.mutationId);
      expect(new Set(applied).size).toBe(applied.length);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      await expectExactlyOnceOnServer(queued, labels);
      await expectExactlyOnceAtB(labels);
    });
  });

  async function logIn(worker: Worker): Promise<HouseholdsPage> {
    const page = await (await browser.newContext()).newPage();
    const login = new LoginPage(page, server.url);
    await login.open('/');
    const households = await login.logIn(worker.username, worker.password);
    await households.waitForSyncLine(/Alles bijgewerkt/);
    return households;
  }

  /** Worker A, offline: new households with their residents, and topics of the last one's map. */
  async function queueOffline(labels: readonly string[]): Promise<QueuedMutation[]> {
    await a.page.context().setOffline(true);
    await a.openList();
    for (const label of labels) {
      const form = await a.addHousehold();
      await form.fill({ label, members: `Bewoners van ${label} (fictief)` });
      await form.openHousehold(label);
      await a.back();
    }
    const timeline = await a.openHousehold(labels.at(-1)!);
    const map: MapPage = await timeline.openMap();
    await map.openSubdomain('Netwerk');
    for (const topic of ['informele welzijn en zorg', 'uitstoting / discriminatie']) await map.topic(topic).check();
    await map.backToOverview();
    await a.waitForSyncLine(/wachten op verbinding/);
    // Writes commit in order, so once both topics are queued everything before them is too.
    await expect.poll(async () => (await readOutbox(a.page)).filter((m) => m.table === 'mapEntries').length).toBe(2);
    const queued = await readOutbox(a.page);
    expect(queued.filter((m) => m.table === 'households').length).toBeGreaterThanOrEqual(labels.length);
    return queued;
  }

  /** Counts the pushes that got no answer from now on (the server was down). */
  function countFailedPushes(page: Page): () => number {
    let failed = 0;
    page.on('requestfailed', (request) => {
      if (request.url().endsWith('/api/sync/push')) failed++;
    });
    return () => failed;
  }

  /** Every push answer the page receives from now on; call the result for their results so far. */
  function collectPushAnswers(page: Page): () => Promise<PushResult[]> {
    const bodies: Promise<PushResponse>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/sync/push') && response.ok()) bodies.push(response.json() as Promise<PushResponse>);
    });
    return async () => (await Promise.all(bodies)).flatMap((body) => body.results);
  }

  async function restartServer(): Promise<void> {
    server = await startServer({ dataDir: server.dataDir, port: server.port });
    servers.push(server);
  }

  /** Every queued change is on the server once, and each new household is there once. */
  async function expectExactlyOnceOnServer(queued: readonly QueuedMutation[], labels: readonly string[]): Promise<void> {
    const ids = queued.map((m) => m.mutationId);
    const { mutations, households } = await withServerStore(server, async (store) => ({
      mutations: await store.db.selectFrom('mutations').select('mutation_id').where('mutation_id', 'in', ids).execute(),
      households: (await store.db.selectFrom('records').selectAll().where('table_name', '=', 'households').execute()).map((row) =>
        toServerRecord(row, store.sealer),
      ),
    }));
    expect(mutations.map((m) => m.mutation_id).sort()).toEqual([...ids].sort());
    const stored = households.map((h) => h.fields as { label: string; members: string });
    for (const label of labels) {
      expect(stored.filter((h) => h.label === label)).toEqual([expect.objectContaining({ members: `Bewoners van ${label} (fictief)` })]);
    }
    for (const recordId of new Set(queued.map((m) => m.recordId))) {
      const rows = await withServerStore(server, ({ db }) => db.selectFrom('records').select('id').where('id', '=', recordId).execute());
      expect(rows).toHaveLength(1);
    }
  }

  /** B, after a sync, lists each new household once, with the map topics A ticked. */
  async function expectExactlyOnceAtB(labels: readonly string[]): Promise<void> {
    await b.openList();
    await b.syncNow();
    for (const label of labels) {
      await b.card(label).waitFor();
      expect(await b.card(label).count()).toBe(1);
    }
    const timeline = await b.openHousehold(labels.at(-1)!);
    expect(await timeline.mapProgress('Dag').textContent()).toBe('1 van 4 onderdelen besproken');
    await b.openList();
  }

  async function teamId(name: string): Promise<string> {
    const team = await withServerStore(server, ({ db }) => db.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirstOrThrow());
    return team.id;
  }

  async function apiLogin(worker: Worker): Promise<{ token: string; teams: { id: string; name: string }[] }> {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, username: worker.username, password: worker.password, deviceLabel: 'e2e', clientId: uuidv7() }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { token: string; teams: { id: string; name: string }[] };
  }

  async function apiPull(token: string, team: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${server.url}/api/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, teamId: team, cursor: 0 }),
    });
    return { status: response.status, body: await response.json() };
  }
});
