import { loginResponseSchema, PROTOCOL_VERSION, type LoginResponse } from '../../domain';
import { isUnlocked } from '../crypto/key-ring';
import { deviceClientId, isSealedCodec, renewClientId, saveSession, layerOf, type ScreenData } from '../db';
import { readAnswer } from './answer';
import { ApiFailure, type ApiClient } from './http';
import { saveLastLogin } from './last-success';
import { sendPendingLogout } from './logout-ticket';

/** Where a login or setup is posted (auth-protocol.ts). */
export type LoginPath = '/api/auth/login' | '/api/setup';

export interface LoginRequestParts {
  path: LoginPath;
  /** The screen's fields (username and password; for setup also token, team and name). */
  fields: object;
  /** This device's name as the server lists it (e.g. "Chrome op Android"). */
  deviceLabel: string;
  /**
   * A clock node that another user's device session holds (someone else used this device
   * before) is replaced, once. Off for the lock screen's recovery: the locked data is this
   * user's, written with this node.
   */
  renewTakenClientId?: boolean;
}

/**
 * Post a login or setup request with the protocol version, this device's label and clock node,
 * and check the answer (a malformed one is a MalformedAnswer, nothing of it kept). Of the answer
 * it stores nothing; it notes the time, as a contact with the server for the offline lease (a
 * device locked before its first sync ends must not ask for a second login at once).
 * Throws ApiFailure, NetworkFailure or MalformedAnswer.
 */
export async function postLogin(screenData: ScreenData, api: ApiClient, request: LoginRequestParts): Promise<LoginResponse> {
  const data = layerOf(screenData);
  const body = { ...request.fields, protocolVersion: PROTOCOL_VERSION, deviceLabel: request.deviceLabel };
  const send = async (clientId: string) => readAnswer(loginResponseSchema, await api.post(request.path, { ...body, clientId }), 'login');
  const login = await send(await deviceClientId(data.db)).catch(async (failure: unknown) => {
    if (request.renewTakenClientId !== false && failure instanceof ApiFailure && failure.code === 'client-id-taken') return send(await renewClientId(data.db));
    throw failure;
  });
  await saveLastLogin(data, Date.now());
  return login;
}

export type LogInResult =
  /** The session is stored: the sync loop may start. */
  | { kind: 'signed-in'; login: LoginResponse }
  /**
   * With encryption at rest the session is stored only once its key is in memory (its names are
   * sealed with it): the caller holds `login` until unlocking is set up or this user's key is open.
   */
  | { kind: 'needs-unlock'; login: LoginResponse };

/**
 * Log in (or set up the first team) and keep the device session, the counterpart of logOut
 * (logout.ts). An offline logout's ticket goes first: its answer clears the site's storage
 * (Clear-Site-Data), which must be over before this login stores anything; while it cannot be
 * sent, neither can the login (the failure is the one shown).
 */
export async function logIn(screenData: ScreenData, api: ApiClient, request: LoginRequestParts): Promise<LogInResult> {
  const data = layerOf(screenData);
  await sendPendingLogout(api);
  const login = await postLogin(data, api, request);
  if (isSealedCodec(data.store.codec) && !isUnlocked()) return { kind: 'needs-unlock', login };
  await saveSession(data.db, login);
  return { kind: 'signed-in', login };
}

/** Keep a login's session once its key is in memory (the lock screen's recovery, after postLogin). */
export async function keepSession(screenData: ScreenData, login: LoginResponse): Promise<void> {
  await saveSession(layerOf(screenData).db, login);
}
