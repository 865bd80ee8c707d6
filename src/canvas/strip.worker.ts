// Paints strips of panels (the board's low-zoom look) away from the page's main thread; see
// stripWorkers.ts. The same drawing code as on the page (lowDetail.ts), on an OffscreenCanvas.
import { drawPanelStrip } from './lowDetail';
import { unpackPanels, type StripPaintReply, type StripPaintRequest } from './stripPacking';

self.onmessage = (event: MessageEvent<StripPaintRequest>) => {
  const { id, width, height, ratio, metrics, panels, paths } = event.data;
  let reply: StripPaintReply;
  const transfer: Transferable[] = [];
  try {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gives a worker no 2D canvas');
    context.scale(ratio, ratio);
    drawPanelStrip(context, unpackPanels(panels, paths), metrics, { detailed: true, pixelRatio: ratio });
    const bitmap = canvas.transferToImageBitmap();
    reply = { id, bitmap };
    transfer.push(bitmap);
  } catch (error) {
    reply = { id, error: String(error) };
  }
  self.postMessage(reply, { transfer });
};
