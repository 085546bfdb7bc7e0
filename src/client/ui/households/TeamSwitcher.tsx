import { Field } from '../kit';
import { useServices, useSession } from '../services';
import { appTexts } from '../texts';

/** For a worker in several teams: which team's households to show. */
export function TeamSwitcher() {
  const { data } = useServices();
  const session = useSession();
  if (session.teams.length < 2) return null;
  return (
    <Field id="team" label={appTexts.chooseTeam}>
      <select
        id="team"
        className="field__input"
        value={session.currentTeamId}
        onChange={(event) => void data.device.chooseTeam(event.target.value)}
      >
        {session.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
