import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { updateVisibility, type Visibility } from '../editor/culling';
import type { Camera } from '../editor/editorState';
import type { Size } from '../editor/geometry';
import type { BoardLayout } from '../editor/layout';
import type { Store } from '../editor/store';
import { noteMotion, setRasterView } from './rasterQueue';

/**
 * Applies the camera to the Konva stage directly, without a React render: a pan is a stage
 * transform and one batched redraw.
 */
export function useStageCamera(stageRef: RefObject<Konva.Stage | null>, camera: Store<Camera>, mounted: boolean): void {
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage || !mounted) return;
    const apply = () => {
      const { x, y, scale } = camera.get();
      stage.setAttrs({ x, y, scaleX: scale, scaleY: scale });
      stage.batchDraw();
      setRasterView({ x: -x / scale, y: -y / scale, width: stage.width() / scale, height: stage.height() / scale });
    };
    apply();
    const unsubscribe = camera.subscribe(() => {
      noteMotion();
      apply();
    });
    return () => {
      unsubscribe();
      setRasterView(null);
    };
  }, [stageRef, camera, mounted]);
}

/**
 * The mounted set of lanes and panels; a new object only when it has to change. While the
 * camera keeps moving out of the mounted area (a zoom out, a fling) it is recomputed at most
 * every VISIBILITY_THROTTLE_MS: each recompute re-renders the board layer, and the culling
 * margin covers the short wait.
 */
export function useVisibility(layout: BoardLayout, camera: Store<Camera>, viewport: Size): Visibility | null {
  const [visibility, setVisibility] = useState<Visibility | null>(null);
  const current = useRef<Visibility | null>(null);
  useLayoutEffect(() => {
    if (viewport.width === 0 || viewport.height === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let updatedAt = -Infinity;
    const update = () => {
      timer = undefined;
      const next = updateVisibility(current.current, layout, camera.get(), viewport);
      if (next === current.current) return;
      updatedAt = performance.now();
      current.current = next;
      setVisibility(next);
    };
    current.current = null;
    update();
    const unsubscribe = camera.subscribe(() => {
      const wait = updatedAt + VISIBILITY_THROTTLE_MS - performance.now();
      if (wait <= 0) update();
      else timer ??= setTimeout(update, wait);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [layout, camera, viewport]);
  return visibility;
}

const VISIBILITY_THROTTLE_MS = 90;

/** Publishes the canvas size to the editor state, where the zoom actions read it. */
export function usePublishViewport(viewportStore: Store<Size>, size: Size): void {
  useEffect(() => {
    viewportStore.set((prev) => (prev.width === size.width && prev.height === size.height ? prev : size));
  }, [viewportStore, size]);
  useEffect(() => () => viewportStore.set({ width: 0, height: 0 }), [viewportStore]);
}
