import { useCallback, useMemo, useState } from 'react';
import type { VersionMeta } from '../../../model';

/** A version on the canvas in place of the live board: as it was, or compared. */
export type VersionViewRequest = { mode: 'preview' | 'compare'; version: VersionMeta };

/** Which version, if any, the board screen shows instead of the live board; the History tab opens it. */
export function useVersionView() {
  const [view, setView] = useState<VersionViewRequest | null>(null);
  const onPreview = useCallback((version: VersionMeta) => setView({ mode: 'preview', version }), []);
  const onCompare = useCallback((version: VersionMeta) => setView({ mode: 'compare', version }), []);
  const close = useCallback(() => setView(null), []);
  const history = useMemo(() => ({ onPreview, onCompare }), [onPreview, onCompare]);
  return { view, history, close };
}
