import type { ReactNode } from 'react';

// Line icons for the sketch toolbar, drawn on a 20 x 20 grid in the current text colour.
// Decorative only: every button that shows one carries its own accessible name.

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="bb-sketch-icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const PenIcon = () => (
  <Icon>
    <path d="M13.5 3.5l3 3L7 16l-4 1 1-4z" />
    <path d="M11.5 5.5l3 3" />
  </Icon>
);

export const MarkerIcon = () => (
  <Icon>
    <path d="M12 3l5 5-6.5 6.5-5-5z" />
    <path d="M5.5 9.5L3 15l2 2 5.5-2.5" />
    <path d="M3 17h6" />
  </Icon>
);

export const EraserIcon = () => (
  <Icon>
    <path d="M11 3.5l5.5 5.5-7 7H6L3.5 13.5z" />
    <path d="M7.5 7l5.5 5.5" />
    <path d="M9.5 16H17" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M7 4L3.5 7.5 7 11" />
    <path d="M3.5 7.5H12a4.5 4.5 0 010 9H8" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M13 4l3.5 3.5L13 11" />
    <path d="M16.5 7.5H8a4.5 4.5 0 000 9h4" />
  </Icon>
);

export const ClearIcon = () => (
  <Icon>
    <path d="M3.5 5.5h13" />
    <path d="M8 5.5V3.5h4v2" />
    <path d="M5 5.5l1 11h8l1-11" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="12" rx="1.5" />
    <circle cx="7.5" cy="8" r="1.3" />
    <path d="M3.5 14.5l4-4 3 3 2-2 4 4" />
  </Icon>
);

export const RemoveImageIcon = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="12" rx="1.5" />
    <path d="M7.5 7.5l5 5M12.5 7.5l-5 5" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="M5 5l10 10M15 5L5 15" />
  </Icon>
);

export const PreviousIcon = () => (
  <Icon>
    <path d="M12.5 4.5L7 10l5.5 5.5" />
  </Icon>
);

export const NextIcon = () => (
  <Icon>
    <path d="M7.5 4.5L13 10l-5.5 5.5" />
  </Icon>
);
