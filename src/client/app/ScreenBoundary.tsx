import { Component, Suspense, type ReactNode } from 'react';
import { appTexts } from '../ui/texts';
import { Button } from '../ui/kit/Button';
import { EmptyState } from '../ui/kit/EmptyState';

interface State {
  failed: boolean;
}

/** Loads a lazy screen; if its code cannot load (offline before it was cached), says so in Dutch. */
export class ScreenBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Screen failed', error);
  }

  override render() {
    if (this.state.failed) {
      return (
        <main id="main" className="page__main">
          <EmptyState title={appTexts.screenFailed}>
            <Button onClick={() => window.location.reload()}>{appTexts.retry}</Button>
          </EmptyState>
        </main>
      );
    }
    return <Suspense fallback={<Loading />}>{this.props.children}</Suspense>;
  }
}

export function Loading() {
  return (
    <p className="page__main" role="status">
      {appTexts.loading}
    </p>
  );
}
