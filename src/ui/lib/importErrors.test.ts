import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '../../io/backupError';
import { ScriptError } from '../../io/script/types';
import { NewerSchemaError } from '../../model/errors';
import { translation as en } from '../i18n/locales/en';
import { translation as zhCN } from '../i18n/locales/zhCN';
import { importErrorText } from './importErrors';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'en', fallbackLng: false, interpolation: { escapeValue: false }, resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } } });
});
const inLanguage = (language: string) => i18n.getFixedT(language);

describe('import error text', () => {
  it('translates a script error from its code, in both languages', () => {
    const error = new ScriptError('nothing-found');
    expect(importErrorText(inLanguage('en'), error)).toBe('No scenes, action or dialogue were found in this file.');
    expect(importErrorText(inLanguage('zh-CN'), error)).toBe('文件中没有找到场景、动作或台词。');
    expect(importErrorText(inLanguage('zh-CN'), new ScriptError('too-large', { megabytes: 5 }))).toBe('剧本最大只能是 5 MB。');
  });

  it('translates a backup error from its code, and a backup from a newer Beatboard with its versions', () => {
    expect(importErrorText(inLanguage('en'), new BackupError('not-json'))).toBe('This file is not JSON, so it is not a Beatboard backup.');
    expect(importErrorText(inLanguage('zh-CN'), new BackupError('not-json'))).toBe('这不是 JSON 文件，所以不是 Beatboard 备份。');
    expect(importErrorText(inLanguage('zh-CN'), new NewerSchemaError(99, 3))).toContain('格式 99，当前版本最高支持 3');
  });

  it('keeps the whole sentence in the interface language', () => {
    const t = inLanguage('zh-CN');
    const message = t('importer.failed', { name: 'board-backup.json', message: importErrorText(t, new BackupError('not-json')) });
    expect(message).toBe('board-backup.json 无法导入：这不是 JSON 文件，所以不是 Beatboard 备份。');
  });

  it('falls back to the English message for a code without a string, and to the text of any other error', () => {
    const unknown = new ScriptError('not-text');
    Object.assign(unknown, { code: 'brand-new' });
    expect(importErrorText(inLanguage('zh-CN'), unknown)).toBe('This file is not a text script.');
    expect(importErrorText(inLanguage('zh-CN'), new Error('Disk on fire.'))).toBe('Disk on fire.');
    expect(importErrorText(inLanguage('zh-CN'), 'odd')).toBe('odd');
  });
});
