import { useEffect, useState, type FormEvent } from 'react';
import { teamSettingsSchema, type TeamSettings } from '../../../domain/team-settings';
import { ApiFailure, NetworkFailure, type ApiClient } from '../../sync/http';
import { fetchTeamSettings, putTeamSettings } from '../../sync/team-settings-api';
import { InputField } from '../auth/InputField';
import { Button } from '../kit';
import { lockSettingsTexts as t } from './lock-settings-texts';

type Name = keyof TeamSettings;
type Typed = Record<Name, string>;
type Said = { kind: 'saved' | 'offline' | 'failed'; text: string } | null;

const fields: { name: Name; label: string; hint: string }[] = [
  { name: 'idleMinutes', label: t.idleMinutes, hint: t.idleHint },
  { name: 'backgroundGraceSeconds', label: t.backgroundGraceSeconds, hint: t.backgroundHint },
  { name: 'leaseHours', label: t.leaseHours, hint: t.leaseHint },
];

const asTyped = (settings: TeamSettings): Typed => ({
  idleMinutes: String(settings.idleMinutes),
  backgroundGraceSeconds: String(settings.backgroundGraceSeconds),
  leaseHours: String(settings.leaseHours),
});
// An empty or non-numeric field becomes NaN, which the domain schema names in Dutch.
const asNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/**
 * The team's lock settings (issue 9) for its teamleider or beheerder: read from and saved to the
 * server (never stored here: the device gets the strictest of its teams in /api/me), checked
 * with the domain's schema first. What was typed stays until it is saved, also when offline.
 */
export function LockSettings({ api, teamId, token }: { api: ApiClient; teamId: string; token: string }) {
  const [typed, setTyped] = useState<Typed | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [round, setRound] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>(null);

  useEffect(() => {
    let live = true;
    fetchTeamSettings(api, teamId, token).then(
      (settings) => live && setTyped((now) => now ?? asTyped(settings)),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api, teamId, token, round]);

  if (!typed) {
    return (
      <section aria-labelledby="lock-settings-title">
        <h2 id="lock-settings-title">{t.title}</h2>
        {loadFailed ? (
          <>
            <p className="notice notice--danger" role="alert">
              {t.loadFailed}
            </p>
            <Button
              variant="secondary"
              onClick={() => {
                setLoadFailed(false);
                setRound((n) => n + 1);
              }}
            >
              {t.retry}
            </Button>
          </>
        ) : (
          <p role="status">{t.loading}</p>
        )}
      </section>
    );
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!typed) return;
    setSaid(null);
    const parsed = teamSettingsSchema.safeParse({
      idleMinutes: asNumber(typed.idleMinutes),
      backgroundGraceSeconds: asNumber(typed.backgroundGraceSeconds),
      leaseHours: asNumber(typed.leaseHours),
    });
    if (!parsed.success) {
      const found: Partial<Record<Name, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as Name;
        found[name] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      setTyped(asTyped(await putTeamSettings(api, teamId, token, parsed.data)));
      setSaid({ kind: 'saved', text: t.saved });
    } catch (failure) {
      if (failure instanceof NetworkFailure) setSaid({ kind: 'offline', text: t.offline });
      else setSaid({ kind: 'failed', text: failure instanceof ApiFailure && failure.status === 400 && failure.serverMessage ? failure.serverMessage : t.failed });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="lock-settings-title">
      <h2 id="lock-settings-title">{t.title}</h2>
      <p>{t.intro}</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        {fields.map(({ name, label, hint }) => (
          <InputField
            key={name}
            id={`lock-${name}`}
            label={label}
            hint={hint}
            error={errors[name]}
            inputMode="numeric"
            value={typed[name]}
            onChange={(e) => {
              const value = e.target.value;
              setTyped((now) => (now ? { ...now, [name]: value } : now));
            }}
          />
        ))}
        <p role={said && said.kind !== 'saved' ? 'alert' : 'status'} className={said ? (said.kind === 'saved' ? 'notice' : 'notice notice--danger') : undefined}>
          {said?.text}
        </p>
        <Button type="submit" disabled={busy}>
          {busy ? t.saving : t.save}
        </Button>
      </form>
    </section>
  );
}
