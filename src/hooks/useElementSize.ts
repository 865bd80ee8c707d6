import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from '../editor/geometry';

/** The content size of an element in CSS pixels, kept current as the window or the layout changes. */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      // clientWidth and clientHeight are whole pixels already.
      const next = { width: element.clientWidth, height: element.clientHeight };
      setSize((prev) => (prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
