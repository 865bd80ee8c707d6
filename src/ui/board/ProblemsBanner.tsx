import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown when the board opened with damaged records: says that what could be read is here,
 * lists what was not, and gets out of the way once read.
 */
export function ProblemsBanner({ problems }: { problems: readonly string[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (problems.length === 0 || dismissed) return null;
  return (
    <div className="banner banner--warning" role="alert">
      <div className="banner__body">
        <p className="banner__title">{t('ui.problems.title')}</p>
        <details className="banner__details">
          <summary>{t('ui.problems.details', { count: problems.length })}</summary>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </details>
      </div>
      <button type="button" className="button button--small" onClick={() => setDismissed(true)}>
        {t('ui.problems.dismiss')}
      </button>
    </div>
  );
}
