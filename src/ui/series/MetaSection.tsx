import { useTranslation } from 'react-i18next';
import { MAX_BOARD_TITLE_LENGTH, MAX_LOGLINE_LENGTH, setBoardMeta } from '../../model';
import { ASPECTS, type Aspect, type BoardMeta } from '../../model/types';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useRunCommand } from '../hooks/useCommand';

// The script's language, not the interface's; the names are written in their own language.
const BOARD_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '简体中文' },
];

export function MetaSection({ meta }: { meta: BoardMeta }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const aspectOptions = ASPECTS.map((aspect) => ({ value: aspect, label: t(`ui.aspect.${aspect.replace(':', 'x')}`) }));
  const languageOptions = BOARD_LANGUAGES.some((l) => l.value === meta.language)
    ? BOARD_LANGUAGES
    : [...BOARD_LANGUAGES, { value: meta.language, label: meta.language }];

  return (
    <section className="panel-section" aria-labelledby="series-meta">
      <h3 id="series-meta" className="section-title">
        {t('ui.series.board')}
      </h3>
      <TextField label={t('ui.series.title')} value={meta.title} maxLength={MAX_BOARD_TITLE_LENGTH}
        onChange={(title) => run((doc) => setBoardMeta(doc, { title }))} />
      <TextField label={t('ui.series.logline')} value={meta.logline} multiline rows={3} maxLength={MAX_LOGLINE_LENGTH}
        placeholder={t('ui.series.loglinePlaceholder')} onChange={(logline) => run((doc) => setBoardMeta(doc, { logline }))} />
      <div className="field-grid">
        <SelectField label={t('ui.series.language')} value={meta.language} options={languageOptions}
          onChange={(language) => language && run((doc) => setBoardMeta(doc, { language }))} />
        <SelectField label={t('ui.series.aspect')} value={meta.aspect} options={aspectOptions}
          onChange={(aspect) => aspect && run((doc) => setBoardMeta(doc, { aspect: aspect as Aspect }))} />
      </div>
    </section>
  );
}
