import { useCallback, useEffect, useRef, useState } from 'react';
import { updateShot } from '../../model';
import { MAX_IMAGE_MEGABYTES, ReferenceImageError, prepareReferenceImage } from '../../io/images';
import type { BoardSession } from '../../editor/session';
import { AssetRefusedError } from '../../collab/assets';

/** A problem to show at the drop zone, as an i18n key of the sketch area plus its values. */
export interface ImageProblem {
  key: string;
  values: Record<string, string | number>;
}

export interface ReferenceImageInput {
  busy: boolean;
  problem: ImageProblem | null;
  /** Takes a dropped, pasted or picked file; a bad file leaves the shot exactly as it was. */
  acceptFile(file: Blob): void;
  /** A drop or paste that carried no file at all (a text selection, a link). */
  rejectNonFile(): void;
  removeImage(): void;
  dismissProblem(): void;
}

export function useReferenceImage(session: BoardSession, shotId: string): ReferenceImageInput {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ImageProblem | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A message about the previous shot's file means nothing on the next one.
  useEffect(() => setProblem(null), [shotId]);

  const acceptFile = useCallback(
    (file: Blob) => {
      // The file belongs to the shot that was open when it arrived, even if the artist
      // steps to another shot while it is being prepared.
      const targetShotId = shotId;
      setBusy(true);
      setProblem(null);
      void (async () => {
        try {
          const prepared = await prepareReferenceImage(file);
          let assetId: string;
          try {
            assetId = await session.assets.put(prepared);
          } catch (error) {
            if (mounted.current) setProblem(storeProblemFor(error));
            return;
          }
          if (session.store.getShot(targetShotId)) updateShot(session.doc, targetShotId, { imageAssetId: assetId });
        } catch (error) {
          if (mounted.current) setProblem(problemFor(error));
        } finally {
          if (mounted.current) setBusy(false);
        }
      })();
    },
    [session, shotId],
  );

  const rejectNonFile = useCallback(() => setProblem({ key: 'errors.noFile', values: {} }), []);
  const removeImage = useCallback(() => {
    setProblem(null);
    updateShot(session.doc, shotId, { imageAssetId: null });
  }, [session, shotId]);
  const dismissProblem = useCallback(() => setProblem(null), []);

  return { busy, problem, acceptFile, rejectNonFile, removeImage, dismissProblem };
}

/** Why an image that was read fine could not be kept: the server's refusal, or this browser's. */
function storeProblemFor(error: unknown): ImageProblem {
  if (!(error instanceof AssetRefusedError)) return { key: 'errors.saveFailed', values: {} };
  return error.code === 'quota_exceeded'
    ? { key: 'errors.quotaFull', values: {} }
    : { key: 'errors.serverRefused', values: { detail: error.message } };
}

function problemFor(error: unknown): ImageProblem {
  if (!(error instanceof ReferenceImageError)) return { key: 'errors.unreadable', values: {} };
  switch (error.problem) {
    case 'not-image':
      return { key: 'errors.notImage', values: { detail: error.detail } };
    case 'too-large':
      return { key: 'errors.tooLarge', values: { detail: error.detail, limit: MAX_IMAGE_MEGABYTES } };
    case 'unreadable':
      return { key: 'errors.unreadable', values: {} };
  }
}
