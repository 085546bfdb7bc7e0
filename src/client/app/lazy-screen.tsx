import { lazy, useState, type ComponentType } from 'react';

/**
 * A screen in its own chunk that renders at once when its chunk is already loaded (see
 * `preloadScreen`). React.lazy alone always suspends on first render, and React then holds the
 * finished screen back for up to 300 ms after showing the fallback (its throttle against
 * flashing) — most of the time to the first question on a slow phone.
 */
export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Screen(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount
    // the screen and drop what is being typed.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Screen, preload };
}
