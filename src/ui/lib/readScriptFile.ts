import type { TFunction } from 'i18next';
import { MAX_SCRIPT_BYTES, type ParsedScript } from '../../io/script/types';
import { importErrorText } from './importErrors';

/**
 * Reads a picked or dropped script file, Fountain or Chinese layout, into a parsed script, or
 * a sentence saying why it cannot be read. The parser loads on first use: it is not part of
 * the app's first download.
 */
export async function readScriptFile(file: File, t: TFunction): Promise<{ script: ParsedScript } | { error: string }> {
  if (file.size > MAX_SCRIPT_BYTES) return { error: t('importer.tooLarge', { name: file.name }) };
  const { parseScript } = await import('../../io/script/parseScript');
  try {
    return { script: parseScript(await file.text()) };
  } catch (error) {
    return { error: t('importer.failed', { name: file.name, message: importErrorText(t, error) }) };
  }
}
