import { SeriesPanel } from './SeriesPanel';
import { ExportSection } from './ExportSection';

/**
 * The Series tab's content: the series fields (read-only roles see them disabled) and the
 * exports. One module, loaded when the tab first opens, so the whole tab arrives at once and
 * nothing in it moves after it shows.
 */
export default function SeriesTab({ canEdit }: { canEdit: boolean }) {
  return (
    <>
      {/* A disabled fieldset disables every control inside: read-only roles see, not edit. */}
      <fieldset className="read-only-scope" disabled={!canEdit}>
        <SeriesPanel />
      </fieldset>
      <ExportSection />
    </>
  );
}
