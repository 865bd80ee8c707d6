import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardCanvas } from '../../canvas/BoardCanvas';
import { useAppSettings } from '../appSettings';
import { useBoardKeyboard } from '../hooks/useBoardKeyboard';
import { useUndoBoundaries } from '../hooks/useUndoBoundaries';
import { useBoardSession } from '../../hooks/session';
import { type BoardSession } from '../../editor/session';
import { useStore } from '../../hooks/useStore';
import { SettingsDialog } from '../dialogs/SettingsDialog';
import { ShortcutsDialog } from '../dialogs/ShortcutsDialog';
import { IdentityDialog } from '../presence/IdentityDialog';
import { useBoard } from '../../hooks/board';
import { useLocalHourlyVersions } from '../../hooks/useLocalHourlyVersions';
import { useVersionView } from '../history/preview/useVersionView';
import { NoticeArea } from '../notify';
import { ProblemsBanner } from './ProblemsBanner';
import { LinkRefusedBanner } from './LinkRefusedBanner';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';

// The sketch editor is only needed once someone opens a panel, so it loads on demand.
const SketchEditor = lazy(() => import('../sketch/SketchEditor'));
// Dialogs opened now and then load on first use, keeping them out of the first download.
const ShareDialog = lazy(() => import('../dialogs/ShareDialog').then((module) => ({ default: module.ShareDialog })));
const SuggestDialog = lazy(() => import('../suggestions/SuggestDialog').then((module) => ({ default: module.SuggestDialog })));
const ReviewMode = lazy(() => import('../review/ReviewMode').then((module) => ({ default: module.ReviewMode })));
// The animatic player, its frame drawing and its styles load only when someone presses play.
const AnimaticPlayer = lazy(() => import('../animatic/AnimaticPlayer').then((module) => ({ default: module.AnimaticPlayer })));
// The shot list is the second view; the board opens on the canvas.
const ShotListView = lazy(() => import('../shotlist/ShotListView').then((module) => ({ default: module.ShotListView })));
const NameVersionDialog = lazy(() => import('../history/NameVersionDialog').then((module) => ({ default: module.NameVersionDialog })));
// The series arc is an occasional screen too.
const ArcScreen = lazy(() => import('../rhythm/ArcScreen'));
// So is a version from the History tab, previewed or compared in place of the live board.
const VersionViewHost = lazy(() => import('../history/preview/VersionViewHost'));

const MAIN_ID = 'board-main';

export interface BoardScreenProps {
  /** Problems found while reading the stored board; shown in a dismissible banner. */
  problems?: readonly string[];
  /** Back to the list of boards. */
  onBack(): void;
}

/** One open board: top bar, the canvas or the shot list, and the side panel. Needs a BoardSessionContext. */
export function BoardScreen({ problems = [], onBack }: BoardScreenProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const { editor } = session;
  const view = useStore(editor.view);
  const dialog = useStore(editor.dialog);
  const sketchShotId = useStore(editor.sketchShotId);
  const settings = useAppSettings();
  useDocumentTitle();
  // Shortcuts work in the shot list too, not only while the canvas has focus.
  useBoardKeyboard();
  useUndoBoundaries();
  // A board only in this browser keeps hourly versions itself (the server does for live ones).
  useLocalHourlyVersions();
  const versionView = useVersionView();

  const closeDialog = () => editor.dialog.set(null);
  useAskNameOnSharedBoard(session);

  return (
    <div className="board-screen">
      <ProblemsBanner problems={problems} />
      <LinkRefusedBanner onBack={onBack} />
      <TopBar onBack={onBack} mainId={MAIN_ID} versionShown={versionView.view !== null} />
      <div className="board-screen__body">
        <main className={view === 'board' ? 'board-main board-main--canvas' : `board-main board-main--${view}`}>
          <div
            id={MAIN_ID}
            role="tabpanel"
            aria-label={{ board: t('ui.board.viewBoard'), list: t('ui.board.viewList'), arc: t('ui.board.viewArc') }[view]}
            className="board-main__view"
          >
            {versionView.view ? (
              <Suspense fallback={null}><VersionViewHost request={versionView.view} onClose={versionView.close} /></Suspense>
            ) : view === 'board' ? <BoardCanvas /> : <Suspense fallback={null}>{view === 'list' ? <ShotListView /> : <ArcScreen />}</Suspense>}
          </div>
        </main>
        <SidePanel history={versionView.history} versionShown={versionView.view !== null} />
      </div>

      {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      <Suspense fallback={null}>
        {dialog === 'share' && <ShareDialog onClose={closeDialog} />}
        {dialog === 'suggest' && <SuggestDialog onClose={closeDialog} />}
        {dialog === 'review' && <ReviewMode onClose={closeDialog} />}
        {dialog === 'nameVersion' && <NameVersionDialog onClose={closeDialog} />}
        {dialog === 'animatic' && <AnimaticPlayer onClose={closeDialog} />}
      </Suspense>
      {dialog === 'identity' && <IdentityDialog onClose={closeDialog} />}
      {dialog === 'settings' && (
        <SettingsDialog language={settings.language} onLanguageChange={settings.setLanguage} onClose={closeDialog} />
      )}
      {sketchShotId && (
        <Suspense fallback={<div className="sketch-loading" role="status">{t('ui.board.loadingSketch')}</div>}>
          <SketchEditor />
        </Suspense>
      )}
      <NoticeArea />
    </div>
  );
}

/** The browser tab shows the board's title, so several open boards can be told apart. */
function useDocumentTitle() {
  const board = useBoard();
  const title = board.meta.title.trim();
  useEffect(() => {
    const previous = document.title;
    document.title = title ? `${title} · Beatboard` : 'Beatboard';
    return () => {
      document.title = previous;
    };
  }, [title]);
}

/**
 * Someone who joined through a link is asked once for the name the room will see. Solo
 * creators on their own boards are never interrupted; they can set it from their avatar.
 */
function useAskNameOnSharedBoard(session: BoardSession) {
  useEffect(() => {
    if (session.role !== 'owner' && !session.presence.identity().confirmed && session.editor.dialog.get() === null) {
      session.editor.dialog.set('identity');
    }
  }, [session]);
}
