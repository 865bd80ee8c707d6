import { useEffect, useState } from 'react';
import { notesRootMaps, readNotes, type NotesSnapshot } from '../model';
import { useBoardSession } from './session';

/** The notes doc as plain data, re-read at most once a frame while it changes. */
export function useNotes(): NotesSnapshot {
  const { notes } = useBoardSession();
  const [snapshot, setSnapshot] = useState(() => readNotes(notes));
  useEffect(() => {
    const roots = notesRootMaps(notes);
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setSnapshot(readNotes(notes));
      });
    };
    roots.forEach((root) => root.observeDeep(onChange));
    setSnapshot(readNotes(notes));
    return () => {
      roots.forEach((root) => root.unobserveDeep(onChange));
      cancelAnimationFrame(frame);
    };
  }, [notes]);
  return snapshot;
}
