import { useCallback, useEffect, useRef, useState } from 'react';
import { AssetRefusedError } from '../../collab/assets';
import { useBoardSession } from '../../hooks/session';
import { MAX_SOUND_MEGABYTES, SoundFileError, prepareSoundFile, type SoundDecoder } from '../../io/audio';

/** A problem to show beside a sound control, as an i18n key of the sound area plus its values. */
export interface SoundProblem {
  key: string;
  values: Record<string, string | number>;
}

export interface SoundInput {
  /** A file is being checked or stored (a live board uploads it before it is set). */
  busy: boolean;
  problem: SoundProblem | null;
  /**
   * Checks a picked or recorded file, stores it as an asset and then calls `use` with its id
   * and name, which sets it on the board. A bad file, or one that cannot be stored, leaves the
   * board exactly as it was and shows a problem instead. `decoder` null skips the decode (a
   * recording this browser just made).
   */
  acceptFile(file: Blob, use: (assetId: string, name: string) => void, options?: { name?: string; decoder?: SoundDecoder | null }): void;
  showProblem(problem: SoundProblem | null): void;
}

/** Taking a sound file in for a soundtrack or clip: the checks, the store, the problems. */
export function useSoundInput(): SoundInput {
  const session = useBoardSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SoundProblem | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const acceptFile = useCallback<SoundInput['acceptFile']>((file, use, options = {}) => {
    setBusy(true);
    setProblem(null);
    void (async () => {
      try {
        const prepared = options.decoder === undefined ? await prepareSoundFile(file) : await prepareSoundFile(file, options.decoder);
        let assetId: string;
        try {
          assetId = await session.assets.put(prepared.blob);
        } catch (error) {
          if (mounted.current) setProblem(storeProblemFor(error));
          return;
        }
        // Set even when this control has closed meanwhile: the person chose this file.
        use(assetId, options.name ?? prepared.name);
      } catch (error) {
        if (mounted.current) setProblem(fileProblemFor(error));
      } finally {
        if (mounted.current) setBusy(false);
      }
    })();
  }, [session]);

  return { busy, problem, acceptFile, showProblem: setProblem };
}

/** Why a sound that was read fine could not be kept: the server's refusal, or this browser's. */
function storeProblemFor(error: unknown): SoundProblem {
  if (!(error instanceof AssetRefusedError)) return { key: 'errors.saveFailed', values: {} };
  return error.code === 'quota_exceeded'
    ? { key: 'errors.quotaFull', values: {} }
    : { key: 'errors.serverRefused', values: { detail: error.message } };
}

function fileProblemFor(error: unknown): SoundProblem {
  if (!(error instanceof SoundFileError)) return { key: 'errors.unreadable', values: { detail: '' } };
  switch (error.problem) {
    case 'not-sound':
      return { key: 'errors.notSound', values: { detail: error.detail } };
    case 'too-large':
      return { key: 'errors.tooLarge', values: { detail: error.detail, limit: MAX_SOUND_MEGABYTES } };
    case 'unreadable':
      return { key: 'errors.unreadable', values: { detail: error.detail } };
  }
}
