import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { BeatboardDb } from '../collab/db';
import type { LocalBoardLibrary } from '../collab/localLibrary';
import { SETTING_LANGUAGE, writeSetting } from '../collab/settings';
import { SettingsDialog } from '../ui/dialogs/SettingsDialog';
import { changeUiLanguage, i18next, type UiLanguage } from '../ui/i18n';
import { AppSettingsContext } from '../ui/appSettings';
import { BoardRoute } from './BoardRoute';
import { startStorageCompaction } from '../collab/storageCompaction';
import { installAutomation } from './automation';
import { claimDemoOpening, seedDemoOnFirstRun } from './firstRun';
import { forgetLinkToken, navigate, parseRoute, useRoute } from '../ui/route';
import { roleOfToken } from '../collab/serverClient/serverApi';

/** How long after a link to a board was opened on a first visit the demo is made. */
const DEMO_AFTER_A_LINK_MS = 10_000;

// A first visit opens the demo board straight away; the list of boards loads when it is shown.
const HomeScreen = lazy(() => import('../ui/home/HomeScreen').then((module) => ({ default: module.HomeScreen })));

interface AppProps {
  db: BeatboardDb;
  /** The boards of this browser (main.tsx makes it, to start the first visit's demo early). */
  library: LocalBoardLibrary;
  initialLanguage: UiLanguage;
}

export function App({ db, library, initialLanguage }: AppProps) {
  const route = useRoute();
  const [language, setLanguageState] = useState<UiLanguage>(initialLanguage);
  const [homeSettingsOpen, setHomeSettingsOpen] = useState(false);
  // Until the first-visit check has answered, the home screen waits: on a first visit the
  // demo opens instead, and loading and drawing the home screen would only delay it.
  const [firstRunChecked, setFirstRunChecked] = useState(false);

  useEffect(() => {
    const compaction = startStorageCompaction(db.name);
    installAutomation(library, compaction);
    return () => compaction.stop();
  }, [db, library]);

  const atHome = route.name === 'home';
  useEffect(() => {
    let cancelled = false;
    const seed = () =>
      void seedDemoOnFirstRun(db, library)
        .then((demoId) => {
          // Open the demo only for someone arriving at the home screen, not at a link to a
          // board, and only the first time.
          if (!cancelled && demoId && parseRoute(window.location.hash).name === 'home' && claimDemoOpening()) {
            navigate({ name: 'board', boardId: demoId });
          }
        })
        .catch((error: unknown) => console.warn('The demo series could not be created.', error))
        .finally(() => {
          if (!cancelled) setFirstRunChecked(true);
        });
    // Arriving at a link on a first visit, the demo is made once that board has had time to
    // open: made at once, it would be built and stored while the board downloads and draws.
    // Going home meanwhile makes it at once.
    const later = atHome ? undefined : setTimeout(seed, DEMO_AFTER_A_LINK_MS);
    if (atHome) seed();
    return () => {
      cancelled = true;
      clearTimeout(later);
    };
  }, [db, library, atHome]);

  // A share link: keep the board and its token in this browser, then open it without the
  // token in the address bar.
  const linkToken = route.name === 'board' ? route.token : undefined;
  const linkBoardId = route.name === 'board' ? route.boardId : '';
  useEffect(() => {
    if (!linkToken) return;
    void library
      .join(linkBoardId, { role: roleOfToken(linkToken) ?? 'viewer', token: linkToken })
      .then(() => forgetLinkToken(linkBoardId));
  }, [library, linkBoardId, linkToken]);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      setLanguageState(next);
      void writeSetting(db, SETTING_LANGUAGE, next);
      // The strings switch once the language's chunk has arrived (each language loads on its own).
      void changeUiLanguage(next).then(() => {
        document.documentElement.lang = next;
      });
    },
    [db],
  );
  const settings = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);

  return (
    <AppSettingsContext.Provider value={settings}>
      {route.name === 'board' && route.token ? (
        <div className="app-loading" role="status">{i18next.t('app.loadingBoard')}</div>
      ) : route.name === 'board' ? (
        <BoardRoute key={route.boardId} db={db} boardId={route.boardId} onBack={() => navigate({ name: 'home' })} />
      ) : !firstRunChecked ? null : (
        <>
          <Suspense fallback={null}>
            <HomeScreen
              library={library}
              onOpen={(boardId) => navigate({ name: 'board', boardId })}
              onOpenSettings={() => setHomeSettingsOpen(true)}
            />
          </Suspense>
          {homeSettingsOpen && (
            <SettingsDialog language={language} onLanguageChange={setLanguage} onClose={() => setHomeSettingsOpen(false)} />
          )}
        </>
      )}
    </AppSettingsContext.Provider>
  );
}
