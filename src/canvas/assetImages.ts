import { useEffect, useState } from 'react';
import type { BoardAssets } from '../collab/assets';
import { useBoardSession } from '../hooks/session';

// Reference images decoded once per asset and shared by every panel, the low-zoom strips and
// the drag ghost. A missing or undecodable asset resolves to null and the panel shows its sketch.

type Entry = { image: HTMLImageElement | null; promise: Promise<HTMLImageElement | null> };
const stores = new WeakMap<BoardAssets, Map<string, Entry>>();

function entriesOf(assets: BoardAssets): Map<string, Entry> {
  let entries = stores.get(assets);
  if (!entries) stores.set(assets, (entries = new Map()));
  return entries;
}

export function loadAssetImage(assets: BoardAssets, assetId: string): Promise<HTMLImageElement | null> {
  const entries = entriesOf(assets);
  const existing = entries.get(assetId);
  if (existing) return existing.promise;
  const entry: Entry = { image: null, promise: Promise.resolve(null) };
  entry.promise = assets
    .getUrl(assetId)
    .then((url) => (url ? decodeImage(url) : null))
    .catch(() => null)
    .then((image) => (entry.image = image));
  entries.set(assetId, entry);
  return entry.promise;
}

/** The decoded image if it is ready now, else null (call `loadAssetImage` to get it). */
export function readyAssetImage(assets: BoardAssets, assetId: string): HTMLImageElement | null {
  return stores.get(assets)?.get(assetId)?.image ?? null;
}

function decodeImage(url: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => resolve(null);
    image.src = url;
  });
}

export function useAssetImage(assetId: string | null): HTMLImageElement | null {
  const { assets } = useBoardSession();
  const ready = assetId ? readyAssetImage(assets, assetId) : null;
  const [loaded, setLoaded] = useState<{ id: string; image: HTMLImageElement | null } | null>(null);
  useEffect(() => {
    if (!assetId || ready) return;
    let live = true;
    loadAssetImage(assets, assetId).then((image) => {
      if (live) setLoaded({ id: assetId, image });
    });
    return () => {
      live = false;
    };
  }, [assets, assetId, ready]);
  if (!assetId) return null;
  return ready ?? (loaded?.id === assetId ? loaded.image : null);
}
