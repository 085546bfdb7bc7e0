import { useCallback, useEffect, useState } from 'react';
import { teamDevicesResponseSchema, type TeamDevice } from '../../../domain';
import { readAnswer } from '../../sync/answer';
import type { ApiClient } from '../../sync/http';

export type DevicesState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; devices: TeamDevice[] };

/** The team's devices from the server (never stored on the device); reload() after a revoke. */
export function useTeamDevices(api: ApiClient, teamId: string, token: string, enabled: boolean) {
  const [state, setState] = useState<DevicesState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api
      .get(`/api/teams/${encodeURIComponent(teamId)}/devices`, token)
      .then((answer) => live && setState({ kind: 'ready', devices: readAnswer(teamDevicesResponseSchema, answer, 'team devices').devices }))
      .catch(() => live && setState({ kind: 'failed' }));
    return () => {
      live = false;
    };
  }, [api, teamId, token, enabled, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, reload };
}
