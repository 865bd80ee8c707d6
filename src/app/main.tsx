import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getDatabase } from '../collab/db';
import { LocalBoardLibrary } from '../collab/localLibrary';
import { preloadIdentity } from '../collab/presence/identity';
import { i18next, initI18n, preloadLanguage } from '../ui/i18n';
import { browserLanguage, interfaceLanguage } from './interfaceLanguage';
import '../ui/styles.css';
import { App } from './App';
import { claimDemoOpening, seedDemoOnFirstRun } from './firstRun';
import { navigate, parseRoute } from '../ui/route';

async function start() {
  performance.mark('beatboard:script-start');
  const db = getDatabase();
  // New boards take the interface language as their script language.
  const library = new LocalBoardLibrary(db, () => i18next.language);
  preloadIdentity(db);
  // Usually the stored choice is the browser's language (always on a first visit).
  preloadLanguage(browserLanguage());
  // A first visit's demo is made while the language loads, rather than after the app has
  // rendered its home screen (the App waits on this same promise and reports a failure). A
  // link to a board does not wait for it, and the App makes it later (see App.tsx).
  const atHome = parseRoute(window.location.hash).name === 'home';
  const demoId = atHome ? seedDemoOnFirstRun(db, library).catch(() => null) : Promise.resolve(null);
  // Someone who arrived at a link is never taken to the demo, even once they go home.
  if (!atHome) claimDemoOpening();
  const language = await interfaceLanguage(db);
  await initI18n(language);
  performance.mark('beatboard:settings-ready');
  document.documentElement.lang = language;
  // Arriving at the home screen on a first visit, the app's first render is then the demo's,
  // not the home screen's followed by a redirect. A link to a board does not wait for it.
  if (parseRoute(window.location.hash).name === 'home') {
    const demo = await demoId;
    if (demo && parseRoute(window.location.hash).name === 'home' && claimDemoOpening()) navigate({ name: 'board', boardId: demo });
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App db={db} library={library} initialLanguage={language} />
    </StrictMode>,
  );
}

void start();
