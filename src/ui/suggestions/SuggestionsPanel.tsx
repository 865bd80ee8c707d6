import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { askForSuggestions, lastSentContext, useSuggestions } from '../../ai/suggestions';
import { isActionEnabled } from '../../editor/actions/registry';
import { useNumberedBoard } from '../../hooks/board';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { inPanelOrder, isOpenSuggestion } from '../../model';
import { useRunAction } from '../hooks/useBoardCommands';
import { useNotify } from '../notify';
import { SuggestionCard } from './SuggestionCard';

/** The side panel's Suggestions tab: every card on the board, newest first, for the room. */
export function SuggestionsPanel() {
  const { t } = useTranslation();
  const session = useBoardSession();
  const notify = useNotify();
  const { board, numbers } = useNumberedBoard();
  const suggestions = useSuggestions(session);
  const sent = useStore(lastSentContext(session));
  const runBoardAction = useRunAction();
  // Newest request first; the cards of one request in board order.
  const visible = useMemo(
    () => inPanelOrder(suggestions.filter((suggestion) => suggestion.status !== 'dismissed'), board),
    [suggestions, board],
  );
  const ready = visible.filter(isOpenSuggestion);
  // The panel re-renders with every card and board change, so the rule is read as it renders.
  const canAcceptAll = isActionEnabled(session, 'acceptAllSuggestions');
  const regenerateAll = () => {
    const shotIds = ready.map((suggestion) => suggestion.shotIds[0]!).filter((id) => board.shots[id]);
    if (shotIds.length === 0) return;
    void askForSuggestions(session, { shotIds: shotIds.slice(0, 20), kind: ready[0]!.kind, alternatives: ready[0]!.alternatives.length, seed: Math.floor(Math.random() * 1e6) })
      .then((failure) => failure && notify.error(t('ai.errors.failed', { message: failure })));
  };

  return (
    <div className="suggestions">
      {ready.length > 1 && (
        <div className="suggestions__bulk">
          {canAcceptAll && (
            <button type="button" className="button button--small button--primary" onClick={() => runBoardAction('acceptAllSuggestions')}>
              {t('ai.panel.acceptAll')}
            </button>
          )}
          <button type="button" className="button button--small" onClick={regenerateAll}>{t('ai.panel.regenerateAll')}</button>
        </div>
      )}
      {visible.length === 0 && <p className="empty-note">{t('ai.panel.empty')}</p>}
      {visible.map((suggestion) => (
        <SuggestionCard key={suggestion.id} suggestion={suggestion} board={board} number={numbers[suggestion.shotIds[0] ?? ''] ?? ''} />
      ))}
      {sent && (
        <details className="suggestions__sent">
          <summary>{t('ai.panel.sent')}</summary>
          <p className="field-hint">{t('ai.panel.sentHint')}</p>
          <pre>{JSON.stringify(sent, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}
