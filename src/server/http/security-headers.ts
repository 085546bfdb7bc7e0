import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context';

/**
 * The headers of a PWA that holds sensitive data. A strict CSP: only the app's own files run
 * (no inline script, no eval), it talks only to its own origin, it cannot be framed or post a
 * form elsewhere. Permissions-Policy denies what the app never uses. HSTS only on answers that
 * went out over HTTPS (directly, or from a trusted proxy that says so): on plain http it would
 * be ignored, and on a test machine it would pin localhost to https.
 */
export function securityHeaders(trustProxy: boolean): MiddlewareHandler<AppEnv>[] {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // 'wasm-unsafe-eval' lets WebAssembly compile (Argon2id for the PIN, hash-wasm); it
      // allows no JavaScript eval and no inline script.
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      manifestSrc: ["'self'"],
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      serial: [],
      bluetooth: [],
      midi: [],
      accelerometer: [],
      gyroscope: [],
      magnetometer: [],
      displayCapture: [],
      browsingTopics: [],
    },
    strictTransportSecurity: false,
  });
  const hsts: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    const https = new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
  return [headers, hsts];
}
