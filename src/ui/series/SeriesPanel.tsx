import { useBoard } from '../../hooks/board';
import { RhythmSection } from '../rhythm/RhythmSection';
import { CharactersSection } from './CharactersSection';
import { EpisodesSection } from './EpisodesSection';
import { MetaSection } from './MetaSection';
import { ScriptUpdate } from './ScriptUpdate';

/** Everything about the series as a whole: the board's meta, its cast, its episodes and its rhythm. */
export function SeriesPanel() {
  const board = useBoard();
  return (
    <div className="series-panel">
      <MetaSection meta={board.meta} />
      <CharactersSection characters={board.characters} />
      <EpisodesSection board={board} />
      {/* Loaded with the panel: a section arriving later would push the export buttons away
          from under the pointer between aiming and clicking. */}
      <RhythmSection />
      <ScriptUpdate />
    </div>
  );
}
