export { Dialog, type DialogProps } from './Dialog';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { PromptDialog, type PromptDialogProps } from './PromptDialog';
export { ShortcutsDialog } from './ShortcutsDialog';
export { SettingsDialog, type SettingsDialogProps } from './SettingsDialog';
