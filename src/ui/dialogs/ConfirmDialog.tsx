import { useId, useRef, type ReactNode } from 'react';
import { Dialog, DialogActions } from './Dialog';

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
        <DialogActions onCancel={onCancel} cancelRef={cancelRef} confirmLabel={confirmLabel} onConfirm={onConfirm} confirmRef={confirmRef} danger={danger} />
      }
    >
      <p id={messageId} className="dialog__message">
        {message}
      </p>
    </Dialog>
  );
}
