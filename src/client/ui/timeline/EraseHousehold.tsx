import { useState } from 'react';
import { Button, ConfirmDialog } from '../kit';
import { navigate, paths } from '../router';
import { useServices } from '../services';
import { timelineTexts as t } from './texts';

/** Erase a household here and, through sync, on every device of the team; asks first. */
export function EraseHousehold({ householdId }: { householdId: string }) {
  const { data } = useServices();
  const [asking, setAsking] = useState(false);
  const erase = async () => {
    await data.households.erase(householdId);
    navigate(paths.households(), { replace: true });
  };
  return (
    <>
      <Button variant="danger" onClick={() => setAsking(true)}>
        {t.erase}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t.eraseTitle}
          confirmLabel={t.eraseConfirm}
          cancelLabel={t.cancel}
          onConfirm={() => void erase()}
          onCancel={() => setAsking(false)}
          danger
        >
          <p>{t.eraseExplain}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
