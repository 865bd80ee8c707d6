import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Destructive actions get a red button and start with focus on Cancel. */
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, message, confirmLabel, danger = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      size="small"
      describedBy={messageId}
      initialFocusRef={danger ? cancelRef : confirmRef}
      footer={
        <>
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {t('ui.dialog.cancel')}
          </button>
          <button
            ref={confirmRef}
            type="button"
            className={danger ? 'button button--danger' : 'button button--primary'}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <p id={messageId} className="dialog__message">
        {message}
      </p>
    </Dialog>
  );
}
