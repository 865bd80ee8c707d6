import { useEffect, useState } from 'react';
import { useBoardSession } from '../../../hooks/session';
import * as Y from 'yjs';
import { compareBoards, shotNumbers, type BoardChange, type VersionDocState, type VersionMeta, type VersionSnapshot } from '../../../model';
import { compareVersionStates } from '../../../model/versions/partialCompare';
import { messageOf } from '../preview/useVersionSession';
import { openBoardNowSession, openVersionSession, readVersionBoard, type VersionSession } from '../preview/versionSession';
import { groupChanges, panelMarksOf, removedSpotsOf, type ChangeGroup, type RemovedSpot } from './changeGroups';
import type { Side } from './fieldValues';

/** The other side of a comparison: the board as it is now, or another version. */
export type CompareTarget = { kind: 'current' } | { kind: 'version'; version: VersionMeta };

export interface Comparison {
  /**
   * The older side, then the newer one (the board now is always the newer). Between two
   * versions the older board holds whole only the shots in `changes`; of the others, only
   * their episode and place (all the list and its details read).
   */
  older: { version: VersionMeta | null; side: Side };
  newer: { version: VersionMeta | null; side: Side };
  /** A read-only session over the newer side: what the canvas shows. */
  session: VersionSession;
  changes: BoardChange[];
  groups: ChangeGroup[];
  marks: ReadonlyMap<string, 'added' | 'changed'>;
  /** Gaps removed shots left in lanes the newer board still has. */
  removed: RemovedSpot[];
}

export type ComparisonState =
  | { status: 'loading' }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'failed'; message: string };

/**
 * Loads both sides and compares them once, when the pair changes. The board "now" is taken
 * at that moment, so later edits by anyone neither move the marks nor reach this view.
 */
export function useComparison(
  version: VersionMeta,
  target: CompareTarget,
  loadSnapshot: (versionId: string) => Promise<VersionSnapshot>,
): ComparisonState {
  const live = useBoardSession();
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  const targetId = target.kind === 'current' ? null : target.version.id;
  useEffect(() => {
    let current = true;
    let session: VersionSession | null = null;
    setState({ status: 'loading' });
    const other = target.kind === 'version' ? target.version : null;
    // The board now is taken at once, before anything can be edited while the version loads.
    const boardNow = other ? null : openBoardNowSession(live);
    // Its state too, for comparing it with the version: the store reads each change as it is made.
    const stateNow = other ? null : Y.encodeStateAsUpdate(live.doc);
    session = boardNow;
    Promise.all([loadSnapshot(version.id), other ? loadSnapshot(other.id) : null]).then(
      ([mine, theirs]) => {
        if (!current) return;
        try {
          // The board now, or the later of two versions, is the newer side.
          const versionIsNewer = other !== null && version.createdAt > other.createdAt;
          const olderSnapshot = versionIsNewer ? theirs! : mine;
          const newerSnapshot = boardNow ? null : versionIsNewer ? mine : theirs!;
          // The change list and the older side come from the structs of both sides, decoding
          // only the shots that differ (the older side is not shown whole). The newer side is
          // decoded whole for the canvas, or it is the board now as taken above, and its state
          // encoded with it.
          const newerState = newerSnapshot ? newerSnapshot.board : stateNow!;
          const partial = compareInPart(olderSnapshot.board, newerState);
          const olderBoard = partial?.before ?? readVersionBoard(olderSnapshot);
          session = boardNow ?? openVersionSession(live, newerSnapshot!);
          const newerBoard = session.store.getBoard();
          const changes = partial?.changes ?? compareBoards(olderBoard, newerBoard);
          const older: Side = { board: olderBoard, numbers: shotNumbers(olderBoard) };
          const newer: Side = { board: newerBoard, numbers: shotNumbers(newerBoard) };
          const comparison: Comparison = {
            older: { version: versionIsNewer ? other : version, side: older },
            newer: { version: versionIsNewer ? version : other, side: newer },
            session,
            changes,
            groups: groupChanges(changes, older, newer),
            marks: panelMarksOf(changes),
            removed: removedSpotsOf(changes, olderBoard, newerBoard),
          };
          setState({ status: 'ready', comparison });
        } catch (error) {
          setState({ status: 'failed', message: messageOf(error) });
        }
      },
      (error: unknown) => current && setState({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
      session?.dispose();
    };
    // The pair is named by the two ids; `target` and `loadSnapshot` may be new objects each render.
  }, [live, version.id, targetId]);
  return state;
}

/** `compareVersionStates`, or null when the boards' updates do not read that way (they are then read whole). */
function compareInPart(older: VersionDocState, newer: VersionDocState): ReturnType<typeof compareVersionStates> | null {
  try {
    return compareVersionStates(older, newer);
  } catch {
    return null;
  }
}
