import { lazy, Suspense } from 'react';
import { useBoard } from '../../editor/hooks';
import { CharactersSection } from './CharactersSection';
import { EpisodesSection } from './EpisodesSection';
import { MetaSection } from './MetaSection';
import { ScriptUpdate } from './ScriptUpdate';

// The rhythm thresholds are set now and then: they load when the Series tab first shows them.
const RhythmSection = lazy(() => import('../rhythm/RhythmSection').then((module) => ({ default: module.RhythmSection })));

/** Everything about the series as a whole: the board's meta, its cast, its episodes and its rhythm. */
export function SeriesPanel() {
  const board = useBoard();
  return (
    <div className="series-panel">
      <MetaSection meta={board.meta} />
      <CharactersSection characters={board.characters} />
      <EpisodesSection board={board} />
      <Suspense fallback={null}><RhythmSection /></Suspense>
      <ScriptUpdate />
    </div>
  );
}
