import { useState } from 'react';
import { reads, useRead } from '../live';
import { channelLabels } from '../../../content';
import { channels, type Channel } from '../../../domain';
import { Button, Page, writeErrorText } from '../kit';
import { navigate, paths } from '../router';
import { useServices } from '../services';
import { contactTexts as t } from '../texts';

/** Choose the channel; the contact is created at once, so a doorstep contact stays a few taps. */
export default function NewContactScreen({ householdId }: { householdId: string }) {
  const { data } = useServices();
  const household = useRead(reads.household(householdId));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (channel: Channel) => {
    setBusy(true);
    const result = await data.contacts.start(householdId, channel);
    setBusy(false);
    if (!result.ok) return setError(writeErrorText(result.errors[0]) ?? t.startFailed);
    // Replace: "back" from the contact leads to the household, not to this choice again.
    navigate(paths.contact(householdId, result.id), { replace: true });
  };

  return (
    <Page title={t.chooseChannelTitle} back={{ to: paths.household(householdId), label: household?.label }}>
      <h2>{t.chooseChannel}</h2>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-stack">
        {channels.map((channel) => (
          <Button key={channel} className="button--big" disabled={busy} onClick={() => void start(channel)}>
            {channelLabels[channel]}
          </Button>
        ))}
      </div>
    </Page>
  );
}
