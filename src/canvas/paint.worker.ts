// Paints strips of panels (the board's low-zoom look) and full-detail panels away from the
// page's main thread; see paintWorkers.ts. The same drawing code as on the page (lowDetail.ts,
// panelDrawing.ts), on an OffscreenCanvas.
import { drawPanelStrip } from './lowDetail';
import { drawPanel } from './panelDrawing';
import { unpackPanelFace, unpackPanels, type PaintReply, type PaintRequest } from './paintRequests';

function paint(request: PaintRequest, context: OffscreenCanvasRenderingContext2D): void {
  if (request.kind === 'strip') {
    const { metrics, panels, paths, ratio } = request;
    drawPanelStrip(context, unpackPanels(panels, paths), metrics, { detailed: true, pixelRatio: ratio });
  } else {
    drawPanel(context, unpackPanelFace(request), request.metrics);
  }
}

self.onmessage = (event: MessageEvent<PaintRequest>) => {
  const request = event.data;
  let reply: PaintReply;
  const transfer: Transferable[] = [];
  try {
    const canvas = new OffscreenCanvas(request.width, request.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gives a worker no 2D canvas');
    context.scale(request.ratio, request.ratio);
    paint(request, context);
    const bitmap = canvas.transferToImageBitmap();
    reply = { id: request.id, bitmap };
    transfer.push(bitmap);
  } catch (error) {
    reply = { id: request.id, error: String(error) };
  }
  self.postMessage(reply, { transfer });
};
