import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n';
import { Dialog, DialogActions } from './Dialog';
import { providerLabel } from '../suggestions/providerLabel';
import { useAiProvider } from '../suggestions/useAiProvider';

export interface SettingsDialogProps {
  language: UiLanguage;
  onLanguageChange(language: UiLanguage): void;
  onClose(): void;
}

// Language names are written in their own language, so anyone can find theirs.
const LANGUAGE_CHOICES: { value: UiLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '简体中文' },
];

export function SettingsDialog({ language, onLanguageChange, onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const provider = useAiProvider();
  return (
    <Dialog
      title={t('ui.settings.title')}
      onClose={onClose}
      size="small"
      footer={<DialogActions confirmLabel={t('ui.dialog.done')} onConfirm={onClose} />}
    >
      <fieldset className="fieldset">
        <legend className="field-label">{t('ui.settings.language')}</legend>
        <div className="choice-list">
          {LANGUAGE_CHOICES.map((choice) => (
            <label key={choice.value} className="choice" lang={choice.value}>
              <input
                type="radio"
                name="ui-language"
                value={choice.value}
                checked={language === choice.value}
                onChange={() => onLanguageChange(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">{t('ui.settings.languageHint')}</p>
      </fieldset>
      {provider && (
        <section className="fieldset settings-section">
          <h3 className="field-label">{t('ai.settings.title')}</h3>
          <p>{t('ai.dialog.provider', { provider: providerLabel(t, provider.provider, provider.model) })}</p>
          <p className="field-hint">{t(provider.provider === 'offline' ? 'ai.settings.offlineHint' : 'ai.settings.openaiHint')}</p>
        </section>
      )}
    </Dialog>
  );
}
