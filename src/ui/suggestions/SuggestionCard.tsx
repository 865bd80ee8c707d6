import { useTranslation } from 'react-i18next';
import { askForSuggestions } from '../../ai/suggestions';
import { useBoardSession } from '../../hooks/session';
import { acceptSuggestion, dismissSuggestion, type BoardSnapshot, type Suggestion } from '../../model';
import { useNotify } from '../notify';
import { providerLabel } from './providerLabel';

interface SuggestionCardProps {
  suggestion: Suggestion;
  board: BoardSnapshot;
  number: string;
}

/** One shot's suggestion: its alternatives as they stream in, with accept, dismiss, regenerate. */
export function SuggestionCard({ suggestion, board, number }: SuggestionCardProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const notify = useNotify();
  const shotId = suggestion.shotIds[0] ?? '';
  const shotExists = Boolean(board.shots[shotId]);
  const open = suggestion.status === 'ready' || suggestion.status === 'streaming';
  const label = t('ai.card.label', { number: shotExists ? number : t('ai.card.missingShot') });
  // Accepting an alternative with dialogue replaces the shot's lines: say which, so a line from
  // the script is not lost unawares (undo still brings it back).
  const spoken = board.shots[shotId]?.dialogue.filter((line) => line.line.trim() !== '') ?? [];
  const replaced = spoken.length === 0 ? null : t('ai.card.replaces', {
    line: `${(spoken[0]!.characterId && board.characters[spoken[0]!.characterId]?.name) || t('ai.card.noSpeaker')}: ${spoken[0]!.line}`,
    count: spoken.length - 1,
  });

  const regenerate = () => {
    void askForSuggestions(session, {
      shotIds: [shotId],
      kind: suggestion.kind,
      alternatives: Math.max(1, suggestion.alternatives.length),
      seed: Math.floor(Math.random() * 1_000_000),
    }).then((failure) => failure && notify.error(t('ai.errors.failed', { message: failure })));
    if (suggestion.status !== 'failed') dismissSuggestion(session.doc, suggestion.id);
  };

  return (
    <article className={`suggestion suggestion--${suggestion.status}`} aria-label={label}>
      <header className="suggestion__header">
        <h3 className="suggestion__title">{label}</h3>
        <span className="suggestion__status">{t(`ai.card.status.${suggestion.status}`)}</span>
      </header>
      <p className="suggestion__meta">
        {t('ai.card.by', { name: suggestion.requestedBy, provider: providerLabel(t, suggestion.provider, suggestion.model) })}
      </p>
      {suggestion.error && <p className="suggestion__error" role="alert">{suggestion.error}</p>}
      {session.canEdit && open && shotExists && replaced && suggestion.alternatives.some((alternative) => alternative.dialogue) && (
        <p className="suggestion__replaces">{replaced}</p>
      )}
      {suggestion.status !== 'dismissed' && suggestion.status !== 'accepted' && (
        <ol className="suggestion__alternatives">
          {suggestion.alternatives.map((alternative, index) => (
            <li key={index} className="suggestion__alternative">
              <div className="suggestion__row">
                <strong>{t('ai.card.alternative', { n: index + 1 })}</strong>
                {alternative.beat && (
                  <span className="suggestion__beat">
                    {alternative.beat.type ? t(`ui.beatType.${alternative.beat.type}`) : ''} ·{' '}
                    {alternative.beat.emotion ? t(`ui.emotion.${alternative.beat.emotion}`) : ''} ·{' '}
                    {t('ai.card.intensity', { value: alternative.beat.intensity })}
                  </span>
                )}
              </div>
              {alternative.dialogue?.map((line, lineIndex) => (
                <p key={lineIndex} className="suggestion__line">
                  <span className="suggestion__speaker">
                    {(line.characterId && board.characters[line.characterId]?.name) || t('ai.card.noSpeaker')}
                  </span>
                  {line.parenthetical && <span className="muted"> ({line.parenthetical})</span>}: {line.line}
                </p>
              ))}
              <p className="suggestion__rationale">{alternative.rationale}</p>
              {alternative.addresses && alternative.addresses.length > 0 && (
                <p className="badge badge--warning suggestion__addresses">
                  {t('ai.card.addresses', { checks: alternative.addresses.map((id) => t(`rhythm.rule.${id}`)).join(', ') })}
                </p>
              )}
              {session.canEdit && open && shotExists && (
                <button type="button" className="button button--small button--primary"
                  aria-label={t('ai.card.acceptLabel', { n: index + 1, number })}
                  onClick={() => acceptSuggestion(session.doc, suggestion.id, index)}>
                  {t('ai.card.accept')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="suggestion__actions">
        {open && session.canEdit && (
          <button type="button" className="button button--small button--ghost" onClick={() => dismissSuggestion(session.doc, suggestion.id)}>
            {t('ai.card.dismiss')}
          </button>
        )}
        {shotExists && session.role !== 'viewer' && suggestion.status !== 'streaming' && (
          <button type="button" className="button button--small" onClick={regenerate}>
            {suggestion.status === 'failed' ? t('ai.card.retry') : t('ai.card.regenerate')}
          </button>
        )}
      </div>
    </article>
  );
}
