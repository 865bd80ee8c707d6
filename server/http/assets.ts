import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { canUploadImages } from '../../src/model';
import { MAX_IMAGE_ASSET_BYTES, assetExtension, sniffAssetType } from '../../src/model/assetTypes';
import type { ServerContext } from '../context';
import { checkBoardToken } from './bearer';
import { SANDBOXED_FILE_POLICY } from './contentSecurityPolicy';
import { apiError } from './errors';

/** The largest image the server stores for a board (sounds: `BEATBOARD_MAX_AUDIO_BYTES`). */
export const MAX_ASSET_BYTES = MAX_IMAGE_ASSET_BYTES;
const ASSET_ID = /^[0-9a-f]{64}$/;

/**
 * Assets: reference images and sounds (an episode's soundtrack, a shot's clip). Content-
 * addressed uploads by writers, served to anyone with a board token, under the type sniffed
 * from their first bytes. The token comes in the Authorization header; `?token=` is refused.
 */
export function assetRoutes(context: ServerContext): Hono {
  const { access, registry, assets, config } = context;
  const routes = new Hono();
  /** Bytes of uploads being written now, per board: checked against the quota with the stored ones. */
  const writing = new Map<string, number>();
  const quotaLeft = async (boardId: string) =>
    config.maxBoardAssetBytes - (await registry.assetBytes(boardId)) - (writing.get(boardId) ?? 0);
  const overQuota = (c: Context) =>
    apiError(
      c,
      413,
      'quota_exceeded',
      `This board's images and sounds may take ${formatMiB(config.maxBoardAssetBytes)} in all; this one does not fit.`,
    );
  const tooLarge = (c: Context, kind: 'image' | 'audio' | 'any') => {
    const images = 'Images can be at most 20 MB';
    const sounds = `sound files at most ${formatMiB(config.maxAudioBytes)}`;
    const message = kind === 'image' ? `${images}.` : kind === 'audio' ? `Sound files can be at most ${formatMiB(config.maxAudioBytes)}.` : `${images}, ${sounds}.`;
    return apiError(c, 413, 'too_large', message);
  };

  // A token in an image URL ends up in access logs, caches and Referer headers, and images are
  // the URLs most easily copied around; so these routes take the token from the header only,
  // even when a header is sent as well. (The websocket still takes ?token=: browsers cannot
  // set headers on it.)
  routes.use('/:id/assets/:assetId', async (c, next) => {
    if (c.req.query('token') !== undefined) {
      return apiError(c, 401, 'token_in_url', 'Images and sounds take the board token in the Authorization: Bearer <token> header, never in the URL (?token=).');
    }
    await next();
  });

  routes.put(
    '/:id/assets/:assetId',
    bodyLimit({
      // The larger of the two limits; each kind is held to its own once its type is known.
      maxSize: Math.max(MAX_ASSET_BYTES, config.maxAudioBytes),
      onError: (c) => tooLarge(c, 'any'),
    }),
    async (c) => {
      const boardId = c.req.param('id');
      const assetId = c.req.param('assetId');
      const check = await checkBoardToken(c, access, boardId);
      if (!check.ok) return apiError(c, 401, 'unauthorized', check.message ?? 'Not allowed.');
      if (!canUploadImages(check.token.r)) return apiError(c, 403, 'forbidden', 'This link may not add images or sounds.');
      if (!ASSET_ID.test(assetId)) return apiError(c, 400, 'invalid', 'An asset id is the SHA-256 of its bytes, in lowercase hex.');
      const known = await registry.getAsset(boardId, assetId);
      // Refused by its declared size before anything is read, when that is already too much.
      if (!known && Number(c.req.header('content-length') ?? 0) > (await quotaLeft(boardId))) return overQuota(c);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const sniffed = sniffAssetType(bytes);
      if (!sniffed) {
        const message = 'Only images (PNG, JPEG, WebP, GIF) and sounds (MP3, WAV, Ogg, WebM, MP4/M4A, FLAC, AAC) can be stored.';
        // Clients that only ever sent images know this refusal as `not_an_image`; it stays so.
        const sentAsSound = (c.req.header('content-type') ?? '').toLowerCase().startsWith('audio/');
        return apiError(c, 415, sentAsSound ? 'unsupported_type' : 'not_an_image', message);
      }
      const { type, kind } = sniffed;
      if (bytes.byteLength > (kind === 'image' ? MAX_ASSET_BYTES : config.maxAudioBytes)) return tooLarge(c, kind);
      if (createHash('sha256').update(bytes).digest('hex') !== assetId) {
        return apiError(c, 400, 'hash_mismatch', 'The file\'s bytes do not match the id they were sent under.');
      }
      if (await registry.getAsset(boardId, assetId)) return c.json({ id: assetId, type, size: bytes.byteLength }, 200);
      // The stored bytes are read first, then the check and the reservation happen in one
      // step (no await between), so parallel uploads to this process cannot together pass the
      // quota. (Across server processes the quota may be passed by the uploads in flight.)
      const stored = await registry.assetBytes(boardId);
      if (bytes.byteLength > config.maxBoardAssetBytes - stored - (writing.get(boardId) ?? 0)) return overQuota(c);
      writing.set(boardId, (writing.get(boardId) ?? 0) + bytes.byteLength);
      try {
        await assets.write(assetId, bytes);
        const added = await registry.addAsset(boardId, assetId, { type, size: bytes.byteLength });
        return c.json({ id: assetId, type, size: bytes.byteLength }, added ? 201 : 200);
      } finally {
        const left = (writing.get(boardId) ?? 0) - bytes.byteLength;
        if (left > 0) writing.set(boardId, left);
        else writing.delete(boardId);
      }
    },
  );

  routes.get('/:id/assets/:assetId', async (c) => {
    const boardId = c.req.param('id');
    const assetId = c.req.param('assetId');
    const check = await checkBoardToken(c, access, boardId);
    if (!check.ok) return apiError(c, 401, 'unauthorized', check.message ?? 'Not allowed.');
    const record = ASSET_ID.test(assetId) ? await registry.getAsset(boardId, assetId) : undefined;
    const bytes = record ? await assets.read(assetId) : undefined;
    if (!record || !bytes) return apiError(c, 404, 'not_found', 'This board has no such image or sound.');
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': record.type,
      // Shown, never run: a file that got past the type check still cannot script the app.
      'Content-Disposition': `inline; filename="${assetId}.${assetExtension(record.type)}"`,
      'Content-Security-Policy': SANDBOXED_FILE_POLICY,
      // The id is the content: a cached copy can never be stale.
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
  });

  return routes;
}

/** The image type from the file's first bytes; the declared Content-Type is not trusted. */
export { sniffImageType } from '../../src/model/assetTypes';

function formatMiB(bytes: number): string {
  if (bytes < 2 ** 20) return `${Math.round((bytes / 2 ** 10) * 10) / 10} KiB`;
  return `${Math.round((bytes / 2 ** 20) * 10) / 10} MiB`;
}
