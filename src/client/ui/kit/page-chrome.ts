import { createContext, useContext, type ReactNode } from 'react';

/** What the app shows in the header of every screen (sync status, storage notice). */
export const PageChromeContext = createContext<ReactNode>(null);

export const usePageChrome = () => useContext(PageChromeContext);
