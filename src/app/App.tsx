import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BeatboardDb } from '../collab/db';
import { LocalBoardLibrary } from '../collab/localLibrary';
import { SETTING_LANGUAGE, writeSetting } from '../collab/settings';
import { HomeScreen } from '../ui/home/HomeScreen';
import { SettingsDialog } from '../ui/dialogs/SettingsDialog';
import { i18next, type UiLanguage } from '../ui/i18n';
import { AppSettingsContext } from '../editor/appSettings';
import { BoardRoute } from './BoardRoute';
import { installAutomation } from './automation';
import { seedDemoOnFirstRun } from './firstRun';
import { navigate, parseRoute, useRoute } from './route';

interface AppProps {
  db: BeatboardDb;
  initialLanguage: UiLanguage;
}

export function App({ db, initialLanguage }: AppProps) {
  const route = useRoute();
  const [language, setLanguageState] = useState<UiLanguage>(initialLanguage);
  const [homeSettingsOpen, setHomeSettingsOpen] = useState(false);
  // New boards take the interface language as their script language.
  const library = useMemo(() => new LocalBoardLibrary(db, () => i18next.language), [db]);

  useEffect(() => installAutomation(library), [library]);

  useEffect(() => {
    let cancelled = false;
    void seedDemoOnFirstRun(db, library).then((demoId) => {
      // Open the demo only for someone arriving at the home screen, not at a link to a board.
      if (!cancelled && demoId && parseRoute(window.location.hash).name === 'home') {
        navigate({ name: 'board', boardId: demoId });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [db, library]);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      setLanguageState(next);
      document.documentElement.lang = next;
      void i18next.changeLanguage(next);
      void writeSetting(db, SETTING_LANGUAGE, next);
    },
    [db],
  );
  const settings = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);

  return (
    <AppSettingsContext.Provider value={settings}>
      {route.name === 'board' ? (
        <BoardRoute key={route.boardId} db={db} boardId={route.boardId} onBack={() => navigate({ name: 'home' })} />
      ) : (
        <>
          <HomeScreen
            library={library}
            onOpen={(boardId) => navigate({ name: 'board', boardId })}
            onOpenSettings={() => setHomeSettingsOpen(true)}
          />
          {homeSettingsOpen && (
            <SettingsDialog language={language} onLanguageChange={setLanguage} onClose={() => setHomeSettingsOpen(false)} />
          )}
        </>
      )}
    </AppSettingsContext.Provider>
  );
}
