import { useBoard } from '../../editor/hooks';
import { CharactersSection } from './CharactersSection';
import { EpisodesSection } from './EpisodesSection';
import { MetaSection } from './MetaSection';
import { ScriptUpdate } from './ScriptUpdate';

/** Everything about the series as a whole: the board's meta, its cast and its episodes. */
export function SeriesPanel() {
  const board = useBoard();
  return (
    <div className="series-panel">
      <MetaSection meta={board.meta} />
      <CharactersSection characters={board.characters} />
      <EpisodesSection board={board} />
      <ScriptUpdate />
    </div>
  );
}
