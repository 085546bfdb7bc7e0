// Unlock with a passkey (issue 9): the lock screen's path (WebAuthn assertion with PRF → HKDF →
// AES-GCM unwrap of the data key) at 4× CPU, next to its floor in the same run: a bare assertion
// of the same credential (what any WebAuthn use costs). A CDP virtual authenticator with PRF
// answers at once, so this is the app's own cost; a real phone adds the fingerprint or face.
// The PIN (Argon2id) row is the crypto part's; compare the two there.
import { launchChromium } from '../../e2e/support/chromium';
import { quantile, round } from '../stats';
import type { Measure } from '../types';
import { startSeededServer } from './sync/seeded-server';

const rounds = 20;
const cpuSlowdown = 4;

export const passkeyUnlock: Measure = {
  name: 'passkey unlock',
  async run() {
    const seeded = await startSeededServer(0);
    // WebAuthn needs a domain as relying party, not an IP: localhost, mapped to 127.0.0.1.
    const browser = await launchChromium({ args: ['--host-resolver-rules=MAP localhost 127.0.0.1'] });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf: true, automaticPresenceSimulation: true },
      });
      await page.goto(`${seeded.server.url.replace('127.0.0.1', 'localhost')}/?bench=1`);
      await page.waitForFunction(() => (window as unknown as { __voordeurBench?: unknown }).__voordeurBench !== undefined);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      const times = await page.evaluate(
        (n) => (window as unknown as { __voordeurBench: { passkeyUnlock(n: number): Promise<{ passkey: number[]; floor: number[] }> } }).__voordeurBench.passkeyUnlock(n),
        rounds,
      );
      const median = (xs: number[]) => round(quantile(xs, 0.5), 1);
      const what = `Passkey unlock (PRF → HKDF → AES-GCM), ${cpuSlowdown}× CPU`;
      return [
        { name: `${what}, median (${rounds} rounds)`, value: median(times.passkey), unit: 'ms' },
        { name: `${what}, p95`, value: round(quantile(times.passkey, 0.95), 1), unit: 'ms' },
        { name: 'Floor: bare WebAuthn assertion, same credential, median', value: median(times.floor), unit: 'ms' },
        { name: 'Passkey unlock / floor (median)', value: round(median(times.passkey) / Math.max(0.1, median(times.floor)), 2), unit: '×' },
      ];
    } finally {
      await browser.close();
      await seeded.stop();
    }
  },
};
