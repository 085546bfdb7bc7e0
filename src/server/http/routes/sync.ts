import type { Hono } from 'hono';
import { pullRequestSchema, type PushResponse, type PushResult } from '../../../domain/sync-protocol';
import { changesOf, type TeamChanges } from '../../live/team-changes';
import { errorFields } from '../../log';
import { messages } from '../../messages';
import { pullChanges } from '../../sync/pull';
import { pushMutations } from '../../sync/push';
import { rejected, rejection } from '../../sync/rejections';
import { authenticate } from '../authenticate';
import { actorOf } from '../actor';
import { apiError, type AppDeps, type AppEnv } from '../context';
import { parsePushBody } from '../push-body';
import { readBody, readJson } from '../read-body';
import { limitRequests } from '../request-limits';

export function syncRoutes(app: Hono<AppEnv>, deps: AppDeps, changes: TeamChanges): void {
  const { store, clock } = deps;

  app.post('/api/sync/push', authenticate(deps), limitRequests('push', deps, deps.requestLimits), async (c) => {
    const json = await readJson(c, true);
    if (!json.ok) return json.response;
    const items = parsePushBody(c, json.value);
    if (!items.ok) return items.response;
    const mutations = items.value.flatMap((item) => ('mutation' in item ? [item.mutation] : []));
    const outcomes = await pushMutations(store, actorOf(c), mutations, clock());
    // After the commit, so no device is told of a change it cannot pull yet. Not awaited, and a
    // failed announcement loses nothing: the devices' timed sync still comes.
    changes
      .announce(changesOf(outcomes))
      .catch((error: unknown) => deps.logger('error', 'announcing team changes failed', errorFields(error)));
    const applied = outcomes.values();
    const results: PushResult[] = items.value.map((item) =>
      'mutation' in item ? (applied.next().value as PushResult) : rejected(item.tooNew, rejection('schema-too-new')),
    );
    return c.json({ results } satisfies PushResponse);
  });

  app.post('/api/sync/pull', authenticate(deps), limitRequests('pull', deps, deps.requestLimits), async (c) => {
    const body = await readBody(c, pullRequestSchema, { versioned: true });
    if (!body.ok) return body.response;
    const outcome = await pullChanges(store, actorOf(c), body.value, clock());
    if (outcome.ok) return c.json(outcome.response);
    return outcome.reason === 'forbidden'
      ? apiError(c, 403, 'forbidden', messages.notInTeam)
      : apiError(c, 410, 'resync-required', messages.resyncRequired);
  });
}
