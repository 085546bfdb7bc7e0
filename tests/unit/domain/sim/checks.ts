/**
 * The three promises of the sync contract, checked on a flushed world. Each check returns the
 * problems it found (empty = fine), so a failing schedule says what went wrong.
 */
import { isDeepStrictEqual } from 'node:util';
import { applyMutation } from '../../../../src/domain/merge';
import { MAX_PUSH_BATCH, type SyncRecord } from '../../../../src/domain/sync-protocol';
import { recordKey } from './keys';
import type { World } from './world';

const visible = (r: SyncRecord) => ({ deleted: r.deleted, fields: r.fields, stamps: r.stamps });

/** While syncing, a device keeps showing what its person typed until the server has it. */
export function hiddenPendingWrites(world: World): string[] {
  return world.devices.flatMap((d) => d.hiddenPendingWrites());
}

/** (a) Every device holds what the server holds: the same records, fields, stamps and deletions. */
export function divergences(world: World): string[] {
  const problems: string[] = [];
  world.devices.forEach((device, i) => {
    for (const [key, server] of world.server.records) {
      const local = device.records.get(key);
      if (!local) problems.push(`device ${i} lacks ${key}`);
      else if (!isDeepStrictEqual(visible(local), visible(server))) {
        problems.push(`device ${i} differs on ${key}: ${JSON.stringify(visible(local))} vs ${JSON.stringify(visible(server))}`);
      }
    }
    for (const key of device.records.keys()) {
      if (!world.server.records.has(key)) problems.push(`device ${i} has ${key}, the server does not`);
    }
  });
  return problems;
}

/**
 * (b) No text is silently lost: the last text each device typed into a field is on the server,
 * or kept as a conflict for that record and field, or was replaced by a person who saw it,
 * or the record was deleted. Empty texts need no keeping.
 */
export function lostTexts(world: World): string[] {
  const kept = new Set<string>();
  const conflictTexts: string[] = [];
  for (const r of world.server.records.values()) {
    if (r.table !== 'conflicts' || r.deleted) continue;
    const f = r.fields;
    kept.add(`${String(f.table)}/${String(f.recordId)}|${String(f.field)}|${String(f.text)}`);
    conflictTexts.push(String(f.text));
  }
  const problems: string[] = [];
  for (const { device, key, field, text } of world.intentions.finalIntentions()) {
    const server = world.server.records.get(key);
    if (text.trim() === '' || !server || server.deleted) continue;
    if (server.fields[field] === text || kept.has(`${key}|${field}|${text}`)) continue;
    if (world.intentions.wasReplacedWhileSeen(key, field, text)) continue;
    problems.push(`lost "${text}" typed by device ${device} into ${key} ${field}; server has "${String(server.fields[field])}"`);
  }
  for (const text of conflictTexts) {
    if (!world.intentions.typed.has(text)) problems.push(`conflict keeps a text nobody typed: "${text}"`);
  }
  return problems;
}

/** (c) Pushing every mutation again changes nothing, through the server and through applyMutation itself. */
export function idempotencyViolations(world: World): string[] {
  const problems: string[] = [];
  const before = structuredClone([...world.server.records.entries()]);
  const seqBefore = world.server.seq(world.teamId);
  const history = world.devices.flatMap((d) => d.history);
  for (let i = 0; i < history.length; i += MAX_PUSH_BATCH) {
    for (const result of world.server.push(history.slice(i, i + MAX_PUSH_BATCH))) {
      if (result.status !== 'duplicate') problems.push(`re-push of ${result.mutationId} answered ${result.status}`);
    }
  }
  if (!isDeepStrictEqual([...world.server.records.entries()], before) || world.server.seq(world.teamId) !== seqBefore) {
    problems.push('re-pushing changed the server');
  }
  for (const m of history) {
    const current = world.server.records.get(recordKey(m.table, m.recordId));
    const again = applyMutation(current, m, seqBefore + 1);
    if (again.changed || !isDeepStrictEqual(again.record, current)) problems.push(`applying ${m.mutationId} again changed its record`);
  }
  return problems;
}
