import { createContext, useContext } from 'react';

/** Settings of this browser that screens can change (the interface language for now). */
export interface AppSettings {
  language: 'en' | 'zh-CN';
  setLanguage(language: 'en' | 'zh-CN'): void;
}

export const AppSettingsContext = createContext<AppSettings>({ language: 'en', setLanguage: () => {} });

export function useAppSettings(): AppSettings {
  return useContext(AppSettingsContext);
}
