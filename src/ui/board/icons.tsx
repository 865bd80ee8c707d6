// Small line icons for the top bar. Decorative only: every button carries its own label.

const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export function BackIcon() {
  return (
    <svg {...common}>
      <path d="M10 3.5 5.5 8l4.5 4.5" />
    </svg>
  );
}

export function UndoIcon() {
  return (
    <svg {...common}>
      <path d="M5.5 4 2.5 7l3 3" />
      <path d="M2.5 7h7a4 4 0 0 1 0 8H7" />
    </svg>
  );
}

export function RedoIcon() {
  return (
    <svg {...common}>
      <path d="M10.5 4l3 3-3 3" />
      <path d="M13.5 7h-7a4 4 0 0 0 0 8H9" />
    </svg>
  );
}

export function PlusIcon() {
  return (
    <svg {...common}>
      <path d="M8 3v10M3 8h10" />
    </svg>
  );
}

/** Everything is saved (the status pill, where its words do not fit). */
export function SavedIcon() {
  return (
    <svg {...common} width={12} height={12}>
      <path d="M3 8.5 6.5 12 13 4.5" />
    </svg>
  );
}

/** Changes are on their way to the server (the status pill, where its words do not fit). */
export function SavingIcon() {
  return (
    <svg {...common} width={12} height={12}>
      <path d="M8 2.5a5.5 5.5 0 1 0 5.5 5.5" />
    </svg>
  );
}

export function KeyboardIcon() {
  return (
    <svg {...common}>
      <rect x="1.5" y="4" width="13" height="8.5" rx="1.5" />
      <path d="M4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 9.8h6" />
    </svg>
  );
}

export function GearIcon() {
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="2.2" />
      <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
    </svg>
  );
}

/** Suggestions: a four-point spark. */
export function SparkIcon() {
  return (
    <svg {...common}>
      <path d="M8 2.5l1.3 4.2 4.2 1.3-4.2 1.3L8 13.5l-1.3-4.2L2.5 8l4.2-1.3z" />
    </svg>
  );
}

/** Review: a frame with a tick. */
export function PlayIcon() {
  return (
    <svg {...common}>
      <path d="M5 3.2v9.6L12.5 8z" />
    </svg>
  );
}

export function ReviewIcon() {
  return (
    <svg {...common}>
      <rect x="3" y="2" width="10" height="12" rx="1.5" />
      <path d="M5.5 8.5l1.8 1.8 3.4-3.6" />
    </svg>
  );
}
