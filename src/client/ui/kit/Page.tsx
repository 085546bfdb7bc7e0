import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Link } from '../router';
import { kitTexts, appTexts } from '../texts';
import { usePageChrome } from './page-chrome';

export interface PageProps {
  title: string;
  /** Where "Terug" leads (the screen above this one, not the browser history). */
  back?: { to: string; label?: string };
  children: ReactNode;
  /** At the bottom of the screen, in reach of a thumb (inside the main landmark). */
  footer?: ReactNode;
}

/**
 * The frame of every screen: a skip link, a header with the way back and the title, and the main
 * landmark. The title gets focus when a screen opens, so a screen reader announces the new screen.
 * The browser's title stays the app's name: the browser writes titles to its History file and the
 * task switcher shows them, and a screen's title is often a household's label (personal data).
 */
export function Page({ title, back, children, footer }: PageProps) {
  const chrome = usePageChrome();
  const heading = useRef<HTMLHeadingElement>(null);
  // Before paint (a layout effect), so not even one frame of a screen shows an earlier title.
  useLayoutEffect(() => {
    document.title = appTexts.appName;
  }, []);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {kitTexts.skipToContent}
      </a>
      <header className="page__header">
        {back ? (
          <Link className="page__back" to={back.to}>
            <span aria-hidden="true">←</span>
            <span className="page__back-label">{back.label ?? kitTexts.back}</span>
          </Link>
        ) : (
          <span className="page__brand">{appTexts.appName}</span>
        )}
        {chrome && <div className="page__chrome">{chrome}</div>}
      </header>
      <main id="main" className="page__main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1} className="page__title">
          {title}
        </h1>
        {children}
        {footer && <div className="page__footer">{footer}</div>}
      </main>
    </div>
  );
}
