import type { Episode } from '../../model/types';

/** A labelled choice of one episode, or all of them (the empty value), to filter a list by. */
export function EpisodeFilter({ id, label, allLabel, episodes, value, onChange }: {
  id: string;
  label: string;
  allLabel: string;
  episodes: readonly Episode[];
  value: string;
  onChange(episodeId: string): void;
}) {
  return (
    <>
      <label className="field-label" htmlFor={id}>{label}</label>
      <select id={id} className="input input--select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {episodes.map((episode, index) => (
          <option key={episode.id} value={episode.id}>{`${index + 1}. ${episode.title}`}</option>
        ))}
      </select>
    </>
  );
}
