import { describe, expect, it } from 'vitest';
import { parseScript } from './parseScript';
import { checkScriptFound, checkScriptText, emptyScript, SCRIPT_ERROR_CODES, ScriptError, type ScriptErrorCode } from './types';

const refusal = (read: () => unknown): ScriptError => {
  try {
    read();
  } catch (error) {
    if (error instanceof ScriptError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
};

describe('script errors', () => {
  // Every way a script is refused, with its code and its English message (which logs, tests and
  // callers outside the interface read; the interface translates the code).
  it.each<[ScriptErrorCode, () => unknown, string]>([
    ['too-large', () => checkScriptText('x'.repeat(5 * 1024 * 1024 + 1)), 'Scripts can be at most 5 MB.'],
    ['not-text', () => parseScript('PK\u0003\u0004\u0000\u0000 binary'), 'This file is not a text script.'],
    ['nothing-found', () => parseScript('   \n\n  '), 'No scenes, action or dialogue were found in this file.'],
    ['no-shots', () => checkScriptFound({ ...emptyScript(), episodes: [{ title: 'One', synopsis: '', shots: [] }] }), 'No action or dialogue were found in this script.'],
    ['unclosed-boneyard', () => parseScript('INT. A - DAY\n\n/* never closed\n\nAction.\n'), 'The script has a /* boneyard */ that is never closed.'],
  ])('refuses with the code %s', (code, read, message) => {
    const error = refusal(read);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.name).toBe('ScriptError');
  });

  it('names the size limit as a value the interface can use', () => {
    expect(refusal(() => checkScriptText('x'.repeat(5 * 1024 * 1024 + 1))).values).toEqual({ megabytes: 5 });
  });

  it('has an English message for every code', () => {
    for (const code of SCRIPT_ERROR_CODES) expect(new ScriptError(code).message).toMatch(/^[A-Z].+\.$/);
  });
});
