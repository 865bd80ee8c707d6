import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { edgePanVelocity, panBy, screenToWorld, wheelDeltaPixels, wheelZoomFactor, zoomAt } from '../editor/camera';
import { hitTest } from '../editor/hitTest';
import { isOwnedByFocus } from '../editor/keyboard';
import type { BoardLayout } from '../editor/layout';
import type { BoardSession } from '../editor/session';
import { addShotToEpisode } from '../editor/actions/shotActions';
import type { Store } from '../editor/store';
import { reduceBoardPointer } from '../editor/tools/boardPointer';
import type { PointerInput, ToolContext, ToolEffect, ToolEvent } from '../editor/tools/types';
import { moveShots } from '../model';
import { sameHit, type CanvasInteraction } from './interaction';

/**
 * Connects the canvas element's DOM events to the board's pointer state machine and applies
 * what it decides: selection, camera moves, the one `moveShots` of a drop, "add shot".
 * Wheel pans, ctrl/cmd+wheel (and trackpad pinch) zooms at the pointer, double-click opens
 * the sketch editor, Escape cancels a gesture, and space turns the primary button into a hand.
 */
export function useBoardPointer(
  containerRef: RefObject<HTMLElement | null>,
  session: BoardSession,
  layout: BoardLayout,
  interaction: Store<CanvasInteraction>,
): void {
  const layoutRef = useRef(layout);
  useLayoutEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const { editor } = session;
    let lastPointer: PointerInput | null = null;
    let edgeFrame = 0;

    const toInput = (event: MouseEvent, pointerId = 1, type: PointerInput['type'] = 'mouse'): PointerInput => {
      const bounds = element.getBoundingClientRect();
      const screen = { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
      return {
        id: pointerId,
        type,
        button: event.button,
        screen,
        world: screenToWorld(editor.camera.get(), screen),
        modifiers: { shift: event.shiftKey, mod: event.ctrlKey || event.metaKey },
      };
    };
    const fromPointer = (event: PointerEvent) => {
      const type = event.pointerType === 'touch' || event.pointerType === 'pen' ? event.pointerType : 'mouse';
      return toInput(event, event.pointerId, type);
    };

    const context = (): ToolContext => ({
      layout: layoutRef.current,
      selection: editor.selection.get(),
      camera: editor.camera.get(),
      spaceHeld: interaction.get().spaceHeld,
      readOnly: !session.canEdit,
    });

    const apply = (effect: ToolEffect) => {
      switch (effect.type) {
        case 'select':
          editor.selection.set(effect.ids);
          break;
        case 'pan':
          editor.camera.set((camera) => panBy(camera, effect.dx, effect.dy));
          break;
        case 'zoom':
          editor.camera.set((camera) => zoomAt(camera, effect.center, effect.factor));
          break;
        case 'move':
          moveShots(session.doc, [...effect.ids], { episodeId: effect.episodeId, index: effect.index });
          break;
        case 'addShot':
          addShotToEpisode(session, effect.episodeId);
          break;
      }
    };

    const dispatch = (event: ToolEvent) => {
      const { state, effects } = reduceBoardPointer(interaction.get().tool, event, context());
      if (state !== interaction.get().tool) interaction.set((prev) => ({ ...prev, tool: state }));
      effects.forEach(apply);
    };

    /** After the camera moved under a held pointer, the world point under it changed. */
    const refreshPointer = () => {
      if (!lastPointer || interaction.get().tool.kind === 'idle') return;
      const world = screenToWorld(editor.camera.get(), lastPointer.screen);
      dispatch({ type: 'move', pointer: { ...lastPointer, world } });
    };

    const edgeScroll = () => {
      edgeFrame = 0;
      const kind = interaction.get().tool.kind;
      if (!lastPointer || (kind !== 'dragging' && kind !== 'marquee')) return;
      const velocity = edgePanVelocity(lastPointer.screen, { width: element.clientWidth, height: element.clientHeight });
      if (velocity.x === 0 && velocity.y === 0) return;
      editor.camera.set((camera) => panBy(camera, velocity.x, velocity.y));
      refreshPointer();
      edgeFrame = requestAnimationFrame(edgeScroll);
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 && event.button !== 1) return;
      // Keys should reach the board after a click on it, even if a field had focus.
      if (document.activeElement !== element) element.focus({ preventScroll: true });
      event.preventDefault(); // no text selection, no middle-button autoscroll
      try {
        element.setPointerCapture(event.pointerId);
      } catch {
        // A pointer that is already gone cannot be captured; the gesture still works.
      }
      lastPointer = fromPointer(event);
      dispatch({ type: 'down', pointer: lastPointer });
    };

    const onPointerMove = (event: PointerEvent) => {
      const pointer = fromPointer(event);
      // Others see where we point (sent at most once a frame).
      if (pointer.type !== 'touch') session.presence.setCursor(pointer.world);
      if (interaction.get().tool.kind === 'idle') {
        if (pointer.type !== 'touch') updateHover(pointer);
        return;
      }
      lastPointer = pointer;
      dispatch({ type: 'move', pointer });
      if (!edgeFrame) edgeFrame = requestAnimationFrame(edgeScroll);
    };

    const onPointerUp = (event: PointerEvent) => {
      const pointer = fromPointer(event);
      dispatch({ type: 'up', pointer });
      if (interaction.get().tool.kind === 'idle') lastPointer = null;
      if (pointer.type !== 'touch') updateHover(pointer);
    };

    const onPointerCancel = () => dispatch({ type: 'cancel' });

    const updateHover = (pointer: PointerInput) => {
      const hover = hitTest(layoutRef.current, pointer.world);
      if (!sameHit(hover, interaction.get().hover)) interaction.set((prev) => ({ ...prev, hover }));
    };

    const onPointerLeave = () => {
      if (interaction.get().hover) interaction.set((prev) => ({ ...prev, hover: null }));
      session.presence.setCursor(null);
    };

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const bounds = element.getBoundingClientRect();
      const dx = wheelDeltaPixels(event.deltaX, event.deltaMode, bounds.width);
      const dy = wheelDeltaPixels(event.deltaY, event.deltaMode, bounds.height);
      if (event.ctrlKey || event.metaKey) {
        const at = { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
        editor.camera.set((camera) => zoomAt(camera, at, wheelZoomFactor(dy)));
      } else if (event.shiftKey && dx === 0) {
        editor.camera.set((camera) => panBy(camera, -dy, 0)); // a vertical-only wheel pans sideways
      } else {
        editor.camera.set((camera) => panBy(camera, -dx, -dy));
      }
      refreshPointer();
    };

    const onDoubleClick = (event: MouseEvent) => {
      const hit = hitTest(layoutRef.current, toInput(event).world);
      if (hit.kind === 'panel') editor.sketchShotId.set(hit.shotId);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && interaction.get().tool.kind !== 'idle') {
        event.preventDefault(); // cancels the gesture instead of clearing the selection
        dispatch({ type: 'cancel' });
        return;
      }
      if (event.key !== ' ' || event.repeat || isOwnedByFocus(event.target, ' ')) return;
      if (editor.sketchShotId.get() !== null || editor.dialog.get() !== null) return;
      event.preventDefault(); // no page scroll
      if (!interaction.get().spaceHeld) interaction.set((prev) => ({ ...prev, spaceHeld: true }));
    };

    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && interaction.get().spaceHeld) interaction.set((prev) => ({ ...prev, spaceHeld: false }));
    };

    const onBlur = () => {
      if (interaction.get().tool.kind !== 'idle') dispatch({ type: 'cancel' });
      interaction.set((prev) => (prev.spaceHeld ? { ...prev, spaceHeld: false } : prev));
    };

    // Focusing a panel's button (Tab, a screen reader, a test's scrollIntoView) scrolls the
    // canvas box to show it; the canvas never scrolls, so that becomes a camera pan instead.
    const onScroll = () => {
      const dx = element.scrollLeft;
      const dy = element.scrollTop;
      if (dx === 0 && dy === 0) return;
      element.scrollLeft = 0;
      element.scrollTop = 0;
      editor.camera.set((camera) => panBy(camera, -dx, -dy));
    };

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerCancel);
    element.addEventListener('pointerleave', onPointerLeave);
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('scroll', onScroll);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('blur', onBlur);
    return () => {
      cancelAnimationFrame(edgeFrame);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerCancel);
      element.removeEventListener('pointerleave', onPointerLeave);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('dblclick', onDoubleClick);
      element.removeEventListener('scroll', onScroll);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [containerRef, session, interaction]);
}
