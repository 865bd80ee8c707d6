import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type Ref, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons row at the bottom (right-aligned). */
  footer?: ReactNode;
  /** Element to focus when the dialog opens; defaults to the first focusable control. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Id of the element that describes the dialog (e.g. a confirm message). */
  describedBy?: string;
  /** 'full': nearly the whole window (the animatic player); its styles come with the player. */
  size?: 'small' | 'medium' | 'large' | 'full';
}

/**
 * Modal dialog: labelled by its title, keeps Tab inside itself, closes on Escape or a click on
 * the backdrop, and gives focus back to whatever opened it. Keys pressed inside never reach the
 * board's shortcuts, so typing a title cannot delete a shot.
 */
export function Dialog({ title, onClose, children, footer, initialFocusRef, describedBy, size = 'medium' }: DialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const backdropRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = panelRef.current;
    // The content first (a title field, say), then the buttons; the header's close button last.
    const target =
      initialFocusRef?.current ??
      panel?.querySelector<HTMLElement>(`.dialog__body :is(${FOCUSABLE})`) ??
      panel?.querySelector<HTMLElement>(`.dialog__footer :is(${FOCUSABLE})`) ??
      panel;
    const restoreBackground = hideBackground(backdropRef.current);
    target?.focus();
    return () => {
      restoreBackground();
      if (opener && opener.isConnected) opener.focus();
    };
    // Focus moves once, when the dialog opens, not on every render.
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const focusables = [...panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    if (focusables.length === 0) {
      event.preventDefault();
      return;
    }
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === panelRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div
      ref={backdropRef}
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={panelRef}
        className={`dialog dialog--${size}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="icon-button" aria-label={t('ui.dialog.close')} onClick={() => onCloseRef.current()}>
            ×
          </button>
        </header>
        <div className="dialog__body">{children}</div>
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}

export interface DialogActionsProps {
  /** Cancel's handler; without one only the confirming button shows. */
  onCancel?(): void;
  confirmLabel: ReactNode;
  /** Runs on a click; left out when `form` is given, whose submit button it then is. */
  onConfirm?(): void;
  form?: string;
  disabled?: boolean;
  /** A destructive action: the button is red. */
  danger?: boolean;
  cancelRef?: Ref<HTMLButtonElement>;
  confirmRef?: Ref<HTMLButtonElement>;
}

/** A dialog's footer buttons: Cancel, then the one that acts (or closes). */
export function DialogActions({ onCancel, confirmLabel, onConfirm, form, disabled, danger, cancelRef, confirmRef }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {onCancel && (
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {t('ui.dialog.cancel')}
        </button>
      )}
      <button
        ref={confirmRef}
        type={form ? 'submit' : 'button'}
        form={form}
        className={danger ? 'button button--danger' : 'button button--primary'}
        disabled={disabled}
        onClick={form || !onConfirm ? undefined : () => onConfirm()}
      >
        {confirmLabel}
      </button>
    </>
  );
}

/**
 * Makes everything outside the dialog inert and hidden from assistive technology, so neither
 * the Tab key nor a screen reader can wander onto the page behind it. Returns the undo.
 */
function hideBackground(dialogRoot: HTMLElement | null): () => void {
  const hidden = [...document.body.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && el !== dialogRoot && !el.inert,
  );
  for (const el of hidden) {
    el.inert = true;
    el.setAttribute('aria-hidden', 'true');
  }
  return () => {
    for (const el of hidden) {
      el.inert = false;
      el.removeAttribute('aria-hidden');
    }
  };
}
