import { useEffect, useRef } from 'react';
import { appTexts } from '../texts';
import { navigate, paths } from '../router';
import { HoldToLeave } from './HoldToLeave';
import { residentSections } from './sections';
import { residentTexts as t } from './texts';
import { useStayHere } from './use-stay-here';
import './resident.css';

/**
 * The phone turned to the resident: large type, only the resident's own side, no header, no
 * links, no other households. The worker comes back with a deliberate hold (see HoldToLeave).
 * Deliberately not a kit Page: that frame carries the way back, the sync state and the account.
 */
export default function ResidentScreen({ householdId }: { householdId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useStayHere();
  useEffect(() => {
    document.title = `${t.documentTitle} – ${appTexts.appName}`;
    heading.current?.focus({ preventScroll: true });
  }, []);
  const leave = () => navigate(paths.household(householdId), { replace: true });
  return (
    <div className="resident">
      <main id="main" className="resident__main">
        <h1 ref={heading} tabIndex={-1}>
          {t.title}
        </h1>
        <p>{t.intro}</p>
        {residentSections.map((Section, i) => (
          <Section key={i} householdId={householdId} />
        ))}
      </main>
      <footer className="resident__footer">
        <HoldToLeave onLeave={leave} />
      </footer>
    </div>
  );
}
