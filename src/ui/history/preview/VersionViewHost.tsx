import { useCallback, useState } from 'react';
import { useVersions } from '../../../hooks/useVersions';
import type { VersionMeta } from '../../../model';
import CompareView from '../compare/CompareView';
import { RestoreFlow } from '../RestoreFlow';
import type { VersionViewRequest } from './useVersionView';
import VersionPreview from './VersionPreview';

/**
 * The version the History tab asked for, in the board's main area: its preview, or its
 * comparison. Versions come from the board's version store (server or this browser); a
 * restore goes through the History tab's own dialog and, once done, back to the live board.
 */
export default function VersionViewHost({ request, onClose }: { request: VersionViewRequest; onClose(): void }) {
  const { store, list } = useVersions();
  const [restoring, setRestoring] = useState<VersionMeta | null>(null);
  const loadSnapshot = useCallback((versionId: string) => store.fetchSnapshot(versionId), [store]);
  const versions = list.status === 'ready' ? list.versions : [request.version];
  return (
    <>
      {request.mode === 'preview' ? (
        <VersionPreview key={request.version.id} version={request.version} loadSnapshot={loadSnapshot} onBack={onClose} onRestore={setRestoring} />
      ) : (
        <CompareView key={request.version.id} version={request.version} versions={versions} loadSnapshot={loadSnapshot} onBack={onClose} />
      )}
      {restoring && <RestoreFlow version={restoring} onClose={() => setRestoring(null)} onRestored={onClose} />}
    </>
  );
}
