import { i18next } from './index';
import * as rhythm from './locales/rhythm';

// The rhythm strings (checks, thresholds, the Arc screen) load with the screens that use them,
// which all load on demand, so they stay out of the first download. Importing this module
// adds them, before any of those screens renders.
for (const [language, strings] of [['en', rhythm.en], ['zh-CN', rhythm.zhCN]] as const) {
  // getResource, not exists: exists() would find the English strings through the fallback language.
  if (i18next.getResource(language, 'translation', 'rhythm.checks.tab') === undefined) {
    i18next.addResourceBundle(language, 'translation', { rhythm: strings }, true, false);
  }
}
