/**
 * What people meant, for the "no text is silently lost" check. For every free-text field we
 * remember the last text each device typed, and which texts a person replaced while seeing
 * them (replacing a text you can see is a choice, not a loss).
 */
import type { FieldValue } from '../../../../src/domain/records/validate';
import type { RecordKey } from './keys';

export interface Intention {
  device: number;
  key: RecordKey;
  field: string;
  text: string;
}

export class Intentions {
  private readonly last = new Map<string, Intention>();
  private readonly replacedWhileSeen = new Map<string, Set<string>>();
  readonly typed = new Set<string>();

  record(device: number, key: RecordKey, field: string, text: string, shownBefore: FieldValue | undefined): void {
    this.last.set(`${device}|${key}|${field}`, { device, key, field, text });
    this.typed.add(text);
    if (typeof shownBefore === 'string') {
      const seen = this.replacedWhileSeen.get(`${key}|${field}`) ?? new Set<string>();
      seen.add(shownBefore);
      this.replacedWhileSeen.set(`${key}|${field}`, seen);
    }
  }

  finalIntentions(): Intention[] {
    return [...this.last.values()];
  }

  wasReplacedWhileSeen(key: RecordKey, field: string, text: string): boolean {
    return this.replacedWhileSeen.get(`${key}|${field}`)?.has(text) ?? false;
  }
}
