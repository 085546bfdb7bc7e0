import { readSession, layerOf, type ScreenData } from '../db';
import type { FetchLike } from './http';

/**
 * The household's inzage page from the server (online only; the server decides who may, and
 * audits it). Not through ApiClient: the answer is HTML, not JSON. Null when refused or offline.
 */
export async function fetchInzage(screenData: ScreenData, householdId: string, fetchFn: FetchLike = (i, init) => fetch(i, init)): Promise<Blob | null> {
  const data = layerOf(screenData);
  const session = await readSession(data.db);
  if (!session) return null;
  try {
    const response = await fetchFn(`/api/households/${encodeURIComponent(householdId)}/inzage?format=html`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    return response.ok ? await response.blob() : null;
  } catch {
    return null;
  }
}
