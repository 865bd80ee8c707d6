import type { ReactNode, Ref } from 'react';

export interface IconButtonProps {
  /** The accessible name, shown as the tooltip too unless `title` says more (a shortcut, say). */
  label: string;
  title?: string;
  className?: string;
  disabled?: boolean;
  pressed?: boolean;
  ref?: Ref<HTMLButtonElement>;
  onClick(): void;
  children: ReactNode;
}

/** A button that shows only an icon: its label names it for assistive tools and as a tooltip. */
export function IconButton({ label, title = label, className = 'icon-button', disabled, pressed, ref, onClick, children }: IconButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className={className}
      aria-label={label}
      aria-pressed={pressed}
      title={title}
      disabled={disabled}
      onClick={() => onClick()}
    >
      {children}
    </button>
  );
}
