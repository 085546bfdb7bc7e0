import { ROTATED_TOKEN_HEADER, type ApiError } from '../../domain';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The server answered with an error body (see ApiError in the domain). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The server's own Dutch message; may be empty. */
    readonly serverMessage: string,
    /** From Retry-After (503 when the server is busy, 429): do not come back sooner. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`HTTP ${status} ${code}`);
    this.name = 'ApiFailure';
  }
}

/** The request never got an answer: no network, server unreachable, or it took too long. */
export class NetworkFailure extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkFailure';
  }
}

export interface ApiClient {
  get<T>(path: string, token?: string): Promise<T>;
  post<T>(path: string, body: unknown, token?: string): Promise<T>;
  put<T>(path: string, body: unknown, token?: string): Promise<T>;
}

export interface ApiClientOptions {
  fetch?: FetchLike;
  /** Prefix for /api/...; '' means the page's own origin. */
  baseUrl?: string;
  timeoutMs?: number;
  /**
   * The server replaced the device session's token (it does so at most once a day): store the
   * new one. Requests already on their way with the old token still work for a while.
   */
  onTokenRotated?: (oldToken: string, newToken: string) => Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Typed JSON over fetch. Every failure becomes an ApiFailure or a NetworkFailure. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const baseUrl = options.baseUrl ?? '';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function send<T>(method: string, path: string, body: unknown, token?: string): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        // Not 'omit' (the app has no cookies either way): Chromium ignores Clear-Site-Data on
        // the answer to a request without credentials, and that header is what removes a
        // revoked device's bytes from disk (wipe-device.ts).
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new NetworkFailure(error);
    } finally {
      clearTimeout(timer);
    }
    const rotated = response.headers.get(ROTATED_TOKEN_HEADER);
    if (token && rotated && rotated !== token) await options.onTokenRotated?.(token, rotated);
    if (!response.ok) throw await failureFrom(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  return {
    get: (path, token) => send('GET', path, undefined, token),
    post: (path, body, token) => send('POST', path, body, token),
    put: (path, body, token) => send('PUT', path, body, token),
  };
}

async function failureFrom(response: Response): Promise<ApiFailure> {
  let body: Partial<ApiError> = {};
  try {
    body = (await response.json()) as Partial<ApiError>;
  } catch {
    // Not JSON (a proxy's error page, say): the status alone has to do.
  }
  const code = typeof body.error === 'string' ? body.error : `http-${response.status}`;
  const message = typeof body.message === 'string' ? body.message : '';
  return new ApiFailure(response.status, code, message, retryAfterMs(response.headers.get('retry-after'), Date.now()));
}

/** Retry-After is either whole seconds or an HTTP date; anything else is ignored. */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month ("Mon, 02 Mar 2026 …"); Date.parse alone would take "-5" for a year.
  const at = /^[a-z]{3}, /i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
