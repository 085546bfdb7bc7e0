// Small line icons for the header. Decorative: the controls carry their names in text.
import type { ReactNode } from 'react';

function Icon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const CheckIcon = () => (
  <Icon>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </Icon>
);

/** Two arrows in a circle; it turns while a sync runs (see sync-status.css). */
export const SyncIcon = ({ turning }: { turning: boolean }) => (
  <Icon className={turning ? 'icon--turning' : undefined}>
    <path d="M20 12a8 8 0 0 1-14 5.3" />
    <path d="M4 12a8 8 0 0 1 14-5.3" />
    <path d="M18 2.5v4.2h-4.2" />
    <path d="M6 21.5v-4.2h4.2" />
  </Icon>
);

export const PersonIcon = () => (
  <Icon>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
  </Icon>
);
