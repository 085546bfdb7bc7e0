// Unlock time with the PIN: one Argon2id stretch with the app's parameters (64 MiB), the same
// hash-wasm WebAssembly the page runs, here in Node without CPU throttling. A mid-range phone is
// roughly 3–5× slower than this machine's core: the row prints the 4× estimate next to it.
import { performance } from 'node:perf_hooks';
import { createDataKey, unlockWith } from '../../../src/client/crypto/key-ring';
import { PIN_PARAMS, unwrapWithPin, wrapWithPin } from '../../../src/client/crypto/wrappers/pin';
import { quantile, round } from '../stats';
import type { Measure } from '../types';

const samples = 5;

export const unlock: Measure = {
  name: 'unlock',
  async run() {
    const pepper = crypto.getRandomValues(new Uint8Array(32));
    const wrapped = await wrapWithPin(createDataKey(), '482913', pepper);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      await unlockWith(await unwrapWithPin(wrapped, '482913', pepper));
      times.push(performance.now() - start);
    }
    const p50 = quantile(times, 0.5);
    const label = `Unlock with PIN (Argon2id ${PIN_PARAMS.memoryKiB / 1024} MiB, t=${PIN_PARAMS.iterations}), Node, p50 of ${samples}`;
    return [
      { name: label, value: round(p50), unit: 'ms' },
      { name: 'Unlock with PIN, estimated mid-range phone (4×)', value: round(p50 * 4), unit: 'ms', budget: '≈ 500–2,000', ok: p50 * 4 <= 2_000 },
    ];
  },
};
