import { useTranslation } from 'react-i18next';
import { useNotes } from '../../hooks/useNotes';
import { useBoardSession } from '../../hooks/session';
import { APPROVAL_STATUSES, canApprove, setApproval, type ApprovalStatus } from '../../model';

/** A shot's review status: approved, changes requested or pending, with who and when. */
export function ApprovalField({ shotId }: { shotId: string }) {
  const { t, i18n } = useTranslation();
  const session = useBoardSession();
  const approval = useNotes().approvals[shotId];
  const status: ApprovalStatus = approval?.status ?? 'pending';
  const allowed = canApprove(session.role);
  const set = (next: ApprovalStatus) => setApproval(session.notes, shotId, next, session.presence.identity().name);
  return (
    <section className="approval" aria-label={t('review.approval')}>
      <h3 className="field-label">{t('review.approval')}</h3>
      {/* Outside the read-only fieldset's reach: directors approve though they cannot edit. */}
      <div className="button-group" role="group" aria-label={t('review.approval')}>
        {APPROVAL_STATUSES.map((value) => (
          <button key={value} type="button" className={`button button--small approval__choice approval__choice--${value}`}
            aria-pressed={status === value} disabled={!allowed} onClick={() => set(value)}>
            {t(`review.status.${value}`)}
          </button>
        ))}
      </div>
      {approval && (
        <p className="field-hint">
          {t('review.setBy', { name: approval.by, when: new Date(approval.at).toLocaleString(i18n.language) })}
        </p>
      )}
      {!allowed && <p className="field-hint">{t('review.onlyDirectors')}</p>}
    </section>
  );
}
