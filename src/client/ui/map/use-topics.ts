import { useState } from 'react';
import type { WriteResult } from '../../db';
import { writeErrorText } from '../kit';
import { useServices } from '../services';
import { kitTexts } from '../texts';

export interface Topics {
  checked: Readonly<Record<string, boolean>>;
  toggle: (topicId: string, touched: boolean) => Promise<void>;
  error: string | undefined;
}

/** The ticked topics of a subdomain: shown at once, stored at once as `topic.<id>`, undone if refused. */
export function useTopics(householdId: string, subdomainId: string, initial: Record<string, boolean>): Topics {
  const { data } = useServices();
  const [checked, setChecked] = useState(initial);
  const [error, setError] = useState<string>();

  const toggle = async (topicId: string, touched: boolean) => {
    setChecked((current) => ({ ...current, [topicId]: touched }));
    const result: WriteResult = await data.mapEntries
      .setTopic(householdId, subdomainId, topicId, touched)
      .catch(() => ({ ok: false, errors: [{ field: '', message: kitTexts.saveFailed }] }));
    if (result.ok) return setError(undefined);
    setChecked((current) => ({ ...current, [topicId]: !touched }));
    setError(writeErrorText(result.errors[0]) ?? kitTexts.saveFailed);
  };

  return { checked, toggle, error };
}
