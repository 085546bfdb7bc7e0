/**
 * One simulated team: a server and a few devices, driven by a schedule of steps. The devices
 * share a household, two map entries (derived ids, so two devices can create one offline)
 * and the contacts they create along the way.
 */
import { MAX_PUSH_BATCH } from '../../../../src/domain/sync-protocol';
import { isTextField, type Fields } from '../../../../src/domain/records/validate';
import type { TableName } from '../../../../src/domain/records/tables';
import { SimDevice, type BaseRevFrom, type RecordRef } from './device';
import { Intentions } from './intentions';
import { IdMaker, recordKey } from './keys';
import { SimServer } from './server';
import type { Step } from './steps';

export const SIM_START_MS = 1_760_000_000_000;
const TEAM = '0000007e-0000-7000-8000-000000000001';
export const SIM_HOUSEHOLD_ID = '00000040-0000-7000-8000-000000000001';
const SUBDOMAINS = ['netwerk', 'huisvesting'] as const;

/** The fields a step may change, per table, and the values a value field can take (the plan tables merge by the same generic rules). */
const EDITABLE: Record<Extract<TableName, 'households' | 'mapEntries' | 'contacts'>, readonly { name: string; values?: readonly Fields[string][] }[]> = {
  households: [{ name: 'label' }, { name: 'members' }, { name: 'reportReason' }, { name: 'consent', values: ['gegeven', 'geweigerd', 'onbekend'] }],
  mapEntries: [
    { name: 'experience' },
    { name: 'situation' },
    { name: 'scoreResident', values: [1, 5, 10, null] },
    { name: 'topic.woonlasten', values: [true, false] },
  ],
  contacts: [{ name: 'note' }, { name: 'answer.eerste-vraag' }, { name: 'outcome', values: ['niet-thuis', 'gesproken'] }],
};

export interface WorldOptions {
  skewsMs: readonly number[];
  baseRevFrom: BaseRevFrom;
}

export class World {
  readonly server = new SimServer();
  readonly devices: SimDevice[];
  readonly intentions = new Intentions();
  readonly teamId = TEAM;
  nowMs = SIM_START_MS;
  /** The shared records first, then contacts in the order they were made. */
  private readonly pool: RecordRef[] = [
    { table: 'households', id: SIM_HOUSEHOLD_ID, householdId: null },
    ...SUBDOMAINS.map((s): RecordRef => ({ table: 'mapEntries', id: `${SIM_HOUSEHOLD_ID}.${s}`, householdId: SIM_HOUSEHOLD_ID })),
  ];
  private readonly contactIds = new IdMaker(0xc0);
  private textCount = 0;

  constructor(options: WorldOptions) {
    const mutationIds = new IdMaker(0x3);
    this.devices = options.skewsMs.map(
      (skew, i) => new SimDevice(`000000de-0000-7000-8000-${String(i).padStart(12, '0')}`, TEAM, skew, options.baseRevFrom, mutationIds),
    );
    // Device 0 registered the household; everyone has it before going offline.
    this.typeInto(0, this.pool[0]!, { label: this.nextText(0), consent: 'onbekend' });
    this.flush();
  }

  run(step: Step): void {
    const device = this.devices[step.device % this.devices.length]!;
    const index = this.devices.indexOf(device);
    switch (step.kind) {
      case 'edit':
        return this.edit(index, step.target, step.fields, step.value, step.empty);
      case 'create':
        return this.createContact(index);
      case 'resolve':
        return this.resolve(index, step.target);
      case 'delete': {
        const ref = step.household ? this.pool[0]! : this.pool[1 + (step.target % (this.pool.length - 1))]!;
        const local = device.local(ref.table, ref.id);
        if (local && !local.deleted) device.delete(ref, this.nowMs);
        return;
      }
      case 'push':
        return device.push(this.server, step.size, this.nowMs, step);
      case 'pull':
        device.pull(this.server, step.limit, step.pages, this.nowMs);
        return;
      case 'time':
        this.nowMs += step.ms;
        return;
      case 'skew':
        device.skewMs = step.skewMs;
        return;
    }
  }

  /** Push every outbox and pull everything, until nothing moves. */
  flush(): void {
    for (let round = 0; round < 10; round++) {
      for (const d of this.devices) while (d.outbox.length) d.push(this.server, MAX_PUSH_BATCH, this.nowMs);
      for (const d of this.devices) while (d.pull(this.server, 50, 1, this.nowMs));
      const quiet = this.devices.every((d) => d.outbox.length === 0 && d.cursor === this.server.seq(this.teamId));
      if (quiet) return;
    }
    throw new Error('the simulation did not become quiet');
  }

  private edit(device: number, target: number, fieldPicks: readonly number[], value: number, empty: boolean): void {
    const ref = this.pool[target % this.pool.length]!;
    const d = this.devices[device]!;
    const local = d.local(ref.table, ref.id);
    if (local?.deleted) return;
    if (!local && ref.table !== 'mapEntries') return; // one cannot edit what one has not seen
    const editable = EDITABLE[ref.table as keyof typeof EDITABLE];
    const changed: Fields = local ? {} : { subdomainId: ref.id.slice(SIM_HOUSEHOLD_ID.length + 1) };
    for (const pick of fieldPicks) {
      const spec = editable[pick % editable.length]!;
      if (spec.values) changed[spec.name] = spec.values[value % spec.values.length]!;
      else changed[spec.name] = empty && spec.name !== 'label' ? '' : this.nextText(device);
    }
    this.typeInto(device, ref, changed);
  }

  /** A person merges "twee versies": types a new text into the field and marks the conflict resolved. */
  private resolve(device: number, target: number): void {
    const d = this.devices[device]!;
    const open = [...d.records.values()].filter((r) => r.table === 'conflicts' && !r.deleted && r.fields.resolved === false);
    const conflict = open[target % Math.max(open.length, 1)];
    if (!conflict) return;
    const { table, recordId, field } = conflict.fields as { table: TableName; recordId: string; field: string };
    const about = d.local(table, recordId);
    if (about && !about.deleted) this.typeInto(device, about, { [field]: this.nextText(device) });
    d.put(conflict, { resolved: true }, this.nowMs);
  }

  private createContact(device: number): void {
    const ref: RecordRef = { table: 'contacts', id: this.contactIds.next(), householdId: SIM_HOUSEHOLD_ID };
    this.pool.push(ref);
    this.typeInto(device, ref, { channel: 'eropaf', startedAt: '2026-03-10T14:00:00+01:00', note: this.nextText(device) });
  }

  private typeInto(device: number, ref: RecordRef, changed: Fields): void {
    const d = this.devices[device]!;
    const shown = d.local(ref.table, ref.id)?.fields ?? {};
    for (const [field, value] of Object.entries(changed)) {
      if (typeof value === 'string' && isTextField(ref.table, field)) {
        this.intentions.record(device, recordKey(ref.table, ref.id), field, value, shown[field]);
      }
    }
    d.put(ref, changed, this.nowMs);
  }

  private nextText(device: number): string {
    this.textCount += 1;
    return `tekst ${this.textCount} van apparaat ${device}`;
  }
}
