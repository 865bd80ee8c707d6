import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_ACTIONS } from '../../editor/actions/registry';
import type { BoardAction } from '../../editor/actions/types';
import { comboKeyCaps, detectMac } from '../lib/keys';
import { Dialog } from './Dialog';

const GROUP_ORDER: BoardAction['group'][] = ['edit', 'shots', 'view', 'canvas'];

// Pointer gestures are listed with words rather than keys; those words are translated.
const GESTURE_WORDS = new Set(['Drag', 'Click', 'Wheel', 'Space']);

function isMacPlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  const hinted = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform;
  return detectMac(hinted || navigator.platform || navigator.userAgent);
}

/** Every registered board action with its keys, so the list can never drift from what works. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const isMac = useMemo(isMacPlatform, []);
  const groups = GROUP_ORDER.map((group) => ({
    group,
    actions: BOARD_ACTIONS.filter((action) => action.group === group && action.keys.length > 0),
  })).filter((entry) => entry.actions.length > 0);

  return (
    <Dialog title={t('ui.shortcuts.title')} onClose={onClose} size="large">
      {groups.length === 0 && <p className="empty-note">{t('ui.shortcuts.none')}</p>}
      <div className="shortcut-groups">
        {groups.map(({ group, actions }) => (
          <section key={group} className="shortcut-group" aria-labelledby={`shortcut-group-${group}`}>
            <h3 id={`shortcut-group-${group}`} className="section-title">
              {t(`ui.shortcuts.groups.${group}`)}
            </h3>
            <table className="shortcut-table">
              <tbody>
                {actions.map((action) => (
                  <tr key={action.id}>
                    <th scope="row">{t(action.labelKey)}</th>
                    <td>
                      {action.keys.map((combo, index) => (
                        <Fragment key={combo}>
                          {index > 0 && <span className="shortcut-or">{t('ui.shortcuts.or')}</span>}
                          <span className="shortcut-combo">
                            {comboKeyCaps(combo, isMac).map((cap, capIndex) => (
                              <kbd key={capIndex}>{GESTURE_WORDS.has(cap) ? t(`ui.shortcuts.keys.${cap}`) : cap}</kbd>
                            ))}
                          </span>
                        </Fragment>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
