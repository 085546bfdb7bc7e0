import { describe, expect, it } from 'vitest';
import { setupTokenFrom } from '../../../../../src/client/ui/auth/setup-token';
import { deviceLabel } from '../../../../../src/client/ui/auth/device-label';

describe('setupTokenFrom', () => {
  it('reads the token as the server prints it, and in the named form', () => {
    expect(setupTokenFrom('#Ab3_x-9')).toBe('Ab3_x-9');
    expect(setupTokenFrom('#token=Ab3_x-9')).toBe('Ab3_x-9');
  });

  it('finds nothing in an empty hash', () => {
    expect(setupTokenFrom('')).toBeNull();
    expect(setupTokenFrom('#')).toBeNull();
    expect(setupTokenFrom('#token=')).toBeNull();
  });
});

describe('deviceLabel', () => {
  it('names browser and system, nothing more', () => {
    const android =
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    expect(deviceLabel(android, '?')).toBe('Chrome op Android');
    expect(deviceLabel(iphone, '?')).toBe('Safari op iOS');
    expect(deviceLabel('', 'Onbekend apparaat')).toBe('Onbekend apparaat');
  });
});
