import type { TFunction } from 'i18next';
import { versionErrorCode } from '../../collab/versions/versionStore';

/** A version store's failure in the interface's language. */
export function versionErrorText(t: TFunction, error: unknown): string {
  return t(`history.errors.${versionErrorCode(error)}`);
}
