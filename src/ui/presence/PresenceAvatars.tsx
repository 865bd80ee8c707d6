import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { useStore } from '../../hooks/useStore';
import { usePeers } from './usePeers';

const SHOWN = 5;

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  // CJK names read best as their first character; others as the first letters of two words.
  if (/[\u3400-\u9fff]/.test(words[0]![0]!)) return words[0]![0]!;
  return (words[0]![0]! + (words[1]?.[0] ?? '')).toUpperCase();
}

/** The people in this board's room, shown in the top bar: click one to follow their view. */
export function PresenceAvatars() {
  const { t } = useTranslation();
  const { editor } = useBoardSession();
  const peers = usePeers();
  const following = useStore(editor.following);
  const followed = peers.find((peer) => peer.clientId === following);
  const hidden = peers.length - SHOWN;

  return (
    <div className="presence" role="group" aria-label={t('live.presence.group', { count: peers.length })}>
      {followed && (
        <span className="presence__following" style={{ borderColor: followed.user.color }}>
          {t('live.presence.following', { name: followed.user.name })}
          <button type="button" className="presence__stop" onClick={() => editor.following.set(null)}>
            {t('live.presence.stop')}
          </button>
        </span>
      )}
      {peers.slice(0, SHOWN).map((peer) => (
        <button
          key={peer.clientId}
          type="button"
          className={`presence__avatar${peer.clientId === following ? ' presence__avatar--followed' : ''}`}
          style={{ background: peer.user.color }}
          aria-label={peer.isLocal ? t('live.presence.you', { name: peer.user.name }) : t('live.presence.follow', { name: peer.user.name })}
          title={peer.isLocal ? t('live.presence.you', { name: peer.user.name }) : t('live.presence.follow', { name: peer.user.name })}
          aria-pressed={peer.isLocal ? undefined : peer.clientId === following}
          onClick={() => {
            if (peer.isLocal) editor.dialog.set('identity');
            else editor.following.set(peer.clientId === following ? null : peer.clientId);
          }}
        >
          {initials(peer.user.name)}
        </button>
      ))}
      {hidden > 0 && <span className="presence__more" title={peers.slice(SHOWN).map((peer) => peer.user.name).join(', ')}>+{hidden}</span>}
    </div>
  );
}
