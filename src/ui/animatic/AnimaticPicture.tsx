import { useLayoutEffect, useRef } from 'react';
import { drawAnimaticFrame, type FrameSources } from '../../canvas/animatic/drawFrame';
import { useElementSize } from '../../hooks/useElementSize';
import type { Aspect } from '../../model/types';

interface AnimaticPictureProps {
  sources: FrameSources;
  timeMs: number;
  aspect: Aspect;
  speakerNames: boolean;
  label: string;
}

/** The frame's width over its height, from the board's aspect ("9:16"). */
export function aspectRatio(aspect: Aspect): number {
  const [width, height] = aspect.split(':').map(Number);
  return width! / height!;
}

/**
 * The animatic's picture, as large as its box allows at the board's aspect, drawn by the same
 * frame renderer the video export will use. It draws when the frame changes (the playhead
 * moves only once a frame), when the board or an image changes, and when it is resized.
 */
export function AnimaticPicture({ sources, timeMs, aspect, speakerNames, label }: AnimaticPictureProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const box = useElementSize(boxRef);
  const ratio = aspectRatio(aspect);
  const width = Math.floor(Math.min(box.width, box.height * ratio));
  const height = Math.floor(width / ratio);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0 || height <= 0) return;
    const scale = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * scale);
    const pixelHeight = Math.round(height * scale);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    drawAnimaticFrame(ctx, width, height, timeMs, sources, { speakerNames });
  }, [sources, timeMs, speakerNames, width, height]);

  return (
    <div ref={boxRef} className="animatic-picture">
      <canvas ref={canvasRef} role="img" aria-label={label} className="animatic-picture__canvas" style={{ width, height }} />
    </div>
  );
}
