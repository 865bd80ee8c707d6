import { describe, expect, it } from 'vitest';
import {
  BOARD_ROLES, addSuggestionAlternative, createSuggestion, deleteEpisode, finishSuggestion, readSuggestions,
  type BoardRole,
} from '../../model';
import { REMOTE_ORIGIN } from '../../model/testing/newBoard';
import { actionForKey } from '../keyboard';
import type { KeyInput } from '../keys';
import type { BoardSession } from '../session';
import { createTestSession, laneOf, type TestSessionOptions } from '../testing/session';
import { BOARD_ACTIONS, isActionEnabled, runAction } from './registry';

// The one enabled rule: buttons ask isActionEnabled, keys go through runAction. Both read the
// action's `enabled`, so whatever a button shows is what its key does.

function key(k: string): KeyInput {
  return { key: k, code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
}

/** What a key press does: the action the keyboard handler finds, run through the registry. */
function pressKey(session: BoardSession, k: string): boolean {
  const action = actionForKey(BOARD_ACTIONS, key(k));
  return action !== undefined && runAction(session, action);
}

function sessionWith(options: TestSessionOptions, shotCounts = [2, 1]) {
  const { session, episodeIds } = createTestSession(shotCounts, options);
  return { session, episodeIds, first: laneOf(session, episodeIds[0])[0] };
}

describe('the enabled rule', () => {
  it('is the same for a button and for the key', () => {
    for (const role of BOARD_ROLES) {
      for (const token of [null, 'token']) {
        for (const action of BOARD_ACTIONS.filter((candidate) => candidate.group !== 'canvas')) {
          const { session, first } = sessionWith({ role, token });
          session.editor.selection.set([first]);
          const shown = isActionEnabled(session, action.id);
          expect(isActionEnabled(session, action), action.id).toBe(shown);
          expect(runAction(session, action.id), `${action.id} as ${role}`).toBe(shown);
        }
      }
    }
  });

  it('is false for an id nobody registered', () => {
    const { session } = sessionWith({});
    expect(isActionEnabled(session, 'nope')).toBe(false);
    expect(runAction(session, 'nope')).toBe(false);
  });
});

describe('suggest', () => {
  const canSuggest = (options: TestSessionOptions, select: boolean) => {
    const { session, first } = sessionWith(options);
    if (select) session.editor.selection.set([first]);
    const enabled = isActionEnabled(session, 'suggest');
    expect(pressKey(session, 's')).toBe(enabled);
    expect(session.editor.dialog.get()).toBe(enabled ? 'suggest' : null);
    return enabled;
  };

  it('needs a role that may ask, a board on the server and a selection', () => {
    for (const role of ['owner', 'writer', 'director'] satisfies BoardRole[]) expect(canSuggest({ role, token: 't' }, true), role).toBe(true);
    expect(canSuggest({ role: 'viewer', token: 't' }, true)).toBe(false);
    expect(canSuggest({ role: 'owner', token: null }, true)).toBe(false);
    expect(canSuggest({ role: 'owner', token: 't' }, false)).toBe(false);
  });

  it('ignores selected shots that no longer exist', () => {
    const { session } = sessionWith({ token: 't' });
    session.editor.selection.set(['gone']);
    expect(isActionEnabled(session, 'suggest')).toBe(false);
  });
});

describe('addShot', () => {
  it('needs a role that may edit and an episode to add to, with or without a selection', () => {
    for (const role of BOARD_ROLES) {
      for (const episodes of [true, false]) {
        const { session, episodeIds } = sessionWith({ role });
        if (!episodes) episodeIds.forEach((id) => deleteEpisode(session.doc, id));
        expect(session.store.getBoard().episodes.length > 0).toBe(episodes);
        expect(isActionEnabled(session, 'addShot'), `${role}, episodes: ${episodes}`).toBe(session.canEdit && episodes);
        expect(pressKey(session, 'n')).toBe(session.canEdit && episodes);
      }
    }
  });
});

describe('addEpisode', () => {
  const t = (k: string, values?: Record<string, unknown>) => `${k} ${JSON.stringify(values)}`;

  it('adds a last episode named by its number, one undo step, and shows it', () => {
    const { session, episodeIds } = sessionWith({}, [2, 2, 2, 2]);
    session.editor.viewport.set({ width: 800, height: 400 });
    session.editor.camera.set({ x: 0, y: 0, scale: 1 });
    expect(runAction(session, 'addEpisode', { t })).toBe(true);
    const episodes = session.store.getBoard().episodes;
    expect(episodes.slice(0, 4).map((episode) => episode.id)).toEqual(episodeIds);
    expect(episodes[4].title).toBe('ui.series.newEpisodeTitle {"n":5}');
    expect(session.editor.camera.get().y).toBeLessThan(0);
    session.undo.undo();
    expect(session.store.getBoard().episodes).toHaveLength(4);
  });

  it('is for roles that may edit only', () => {
    for (const role of BOARD_ROLES) {
      const { session } = sessionWith({ role });
      expect(runAction(session, 'addEpisode', { t }), role).toBe(role === 'owner' || role === 'writer');
      expect(session.store.getBoard().episodes).toHaveLength(session.canEdit ? 3 : 2);
    }
  });
});

describe('acceptAllSuggestions', () => {
  function withCards(options: TestSessionOptions) {
    const { session, episodeIds } = createTestSession([2], options);
    laneOf(session, episodeIds[0]).forEach((shotId, i) => {
      const id = `card${i}`;
      createSuggestion(session.doc, { id, shotIds: [shotId], kind: 'beats', provider: 'offline', model: 'm', requestedBy: 'Ana', createdAt: 1 }, REMOTE_ORIGIN);
      addSuggestionAlternative(session.doc, id, { shotId, beat: { type: 'hook', emotion: null, intensity: 5 }, dialogue: null, rationale: '' }, REMOTE_ORIGIN);
      finishSuggestion(session.doc, id, {}, REMOTE_ORIGIN);
    });
    return session;
  }
  const statuses = (session: BoardSession) => readSuggestions(session.doc).map((suggestion) => suggestion.status);

  it('accepts every open card as one undo step', () => {
    const session = withCards({});
    expect(isActionEnabled(session, 'acceptAllSuggestions')).toBe(true);
    expect(runAction(session, 'acceptAllSuggestions')).toBe(true);
    expect(statuses(session)).toEqual(['accepted', 'accepted']);
    // Nothing left to accept.
    expect(isActionEnabled(session, 'acceptAllSuggestions')).toBe(false);
    session.undo.undo();
    expect(statuses(session)).toEqual(['ready', 'ready']);
  });

  it('is disabled without open cards and for roles that may not edit the board', () => {
    expect(isActionEnabled(createTestSession([2]).session, 'acceptAllSuggestions')).toBe(false);
    for (const role of ['director', 'viewer'] satisfies BoardRole[]) {
      const session = withCards({ role, token: 't' });
      expect(runAction(session, 'acceptAllSuggestions'), role).toBe(false);
      expect(statuses(session)).toEqual(['ready', 'ready']);
    }
  });
});

describe('share and settings', () => {
  it('offers sharing to the owner only, and settings to everyone', () => {
    for (const role of BOARD_ROLES) {
      const { session } = sessionWith({ role, token: 'token' });
      expect(runAction(session, 'share'), role).toBe(role === 'owner');
      expect(session.editor.dialog.get()).toBe(role === 'owner' ? 'share' : null);
      session.editor.dialog.set(null);
      expect(runAction(session, 'settings'), role).toBe(true);
      expect(session.editor.dialog.get()).toBe('settings');
    }
  });
});

describe('name this version', () => {
  it('is for owners and writers, and opens its dialog beside the History tab', () => {
    for (const role of BOARD_ROLES) {
      const { session } = sessionWith({ role, token: 'token' });
      const allowed = role === 'owner' || role === 'writer';
      expect(runAction(session, 'nameVersion'), role).toBe(allowed);
      expect(session.editor.dialog.get()).toBe(allowed ? 'nameVersion' : null);
      expect(session.editor.sidePanel.get()).toBe(allowed ? 'history' : 'inspector');
    }
  });
});
