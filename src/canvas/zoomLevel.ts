import { useEffect, useState } from 'react';
import type { Camera } from '../editor/editorState';
import type { Store } from '../editor/store';
import { settleAfterQuiet } from './settle';

// How much detail the panels draw. Below about 35% a panel is a few screen pixels of text, so
// panels switch to a cheap level of detail (cached strips of plain cards with their sketch and
// beat colour). Bitmap caches are made at a pixel ratio matched to the zoom, in steps, and only
// once a zoom gesture settles, so zooming doesn't re-rasterise every frame.

const ENTER_LOW_DETAIL = 0.33;
const LEAVE_LOW_DETAIL = 0.37;
const SETTLE_MS = 160;

export interface ZoomLevel {
  lowDetail: boolean;
  /** Pixel ratio for bitmap caches: the zoom rounded up to a power of two, times the device ratio. */
  cacheRatio: number;
}

export function lowDetailAt(scale: number, wasLowDetail: boolean): boolean {
  return wasLowDetail ? scale < LEAVE_LOW_DETAIL : scale < ENTER_LOW_DETAIL;
}

/** Device pixels per CSS pixel (1 where there is no window). */
export function deviceRatio(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}

export function cacheRatioFor(scale: number, devicePixelRatio: number): number {
  const step = 2 ** Math.ceil(Math.log2(Math.max(scale, 1 / 16)));
  return Math.min(4, Math.max(1 / 8, step)) * Math.max(1, devicePixelRatio);
}

/**
 * The pixel ratio for low-detail strips: never sharper than their sharpest zoom needs (they
 * show below LEAVE_LOW_DETAIL only). The ratio follows a zoom gesture once it settles, so the
 * strips that replace panels in the middle of a zoom out would otherwise be painted at the
 * panels' ratio: four times the pixels, and most of the time a strip takes.
 */
export function lowDetailCacheRatio(cacheRatio: number, devicePixelRatio: number): number {
  return Math.min(cacheRatio, cacheRatioFor(LEAVE_LOW_DETAIL, devicePixelRatio));
}

/** The cache ratio for the camera's zoom at this moment (see ratioForLiveZoom). */
let liveZoomRatio = Infinity;

/**
 * The pixel ratio the current zoom needs, gesture or not: lower than ZoomLevel.cacheRatio in
 * the middle of a zoom out. A panel (or strip) that shows a placeholder card meanwhile is
 * painted at this ratio rather than the gesture's first: a quarter of the pixels a step down,
 * and usually the very ratio the gesture settles at, so it is not painted again.
 * Infinity while no board canvas follows a camera.
 */
export function ratioForLiveZoom(): number {
  return liveZoomRatio;
}

export function useZoomLevel(camera: Store<Camera>): ZoomLevel {
  const dpr = deviceRatio();
  const [level, setLevel] = useState<ZoomLevel>(() => {
    const scale = camera.get().scale;
    return { lowDetail: lowDetailAt(scale, false), cacheRatio: cacheRatioFor(scale, dpr) };
  });

  useEffect(() => {
    let lastScale = camera.get().scale;
    liveZoomRatio = cacheRatioFor(lastScale, dpr);
    // A lone change (fit, a zoom key) re-rasterises at once; a gesture only when it settles.
    const settle = settleAfterQuiet(() => {
      const cacheRatio = cacheRatioFor(camera.get().scale, dpr);
      setLevel((prev) => (prev.cacheRatio === cacheRatio ? prev : { ...prev, cacheRatio }));
    }, SETTLE_MS);
    const onCamera = () => {
      const scale = camera.get().scale;
      if (scale === lastScale) return; // a pan
      lastScale = scale;
      liveZoomRatio = cacheRatioFor(scale, dpr);
      setLevel((prev) => {
        const lowDetail = lowDetailAt(scale, prev.lowDetail);
        return lowDetail === prev.lowDetail ? prev : { ...prev, lowDetail };
      });
      settle.changed();
    };
    const unsubscribe = camera.subscribe(onCamera);
    return () => {
      unsubscribe();
      settle.cancel();
      liveZoomRatio = Infinity;
    };
  }, [camera, dpr]);

  return level;
}
