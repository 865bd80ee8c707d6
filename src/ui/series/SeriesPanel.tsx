import { useBoard } from '../../editor/hooks';
import { CharactersSection } from './CharactersSection';
import { EpisodesSection } from './EpisodesSection';
import { MetaSection } from './MetaSection';
import { ScriptUpdate } from './ScriptUpdate';
import { RhythmSection } from '../rhythm/RhythmSection';

/** Everything about the series as a whole: the board's meta, its cast, its episodes and its rhythm. */
export function SeriesPanel() {
  const board = useBoard();
  return (
    <div className="series-panel">
      <MetaSection meta={board.meta} />
      <CharactersSection characters={board.characters} />
      <EpisodesSection board={board} />
      <RhythmSection />
      <ScriptUpdate />
    </div>
  );
}
