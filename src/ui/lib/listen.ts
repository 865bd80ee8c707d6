type Listeners<M> = { [K in keyof M]?: (event: M[K]) => void };

/** Adds each listener to the target for its event type; returns the function that removes them all. */
export function listenAll(target: Window, listeners: Listeners<WindowEventMap>, capture?: boolean): () => void;
export function listenAll(target: Document, listeners: Listeners<DocumentEventMap>, capture?: boolean): () => void;
export function listenAll(target: EventTarget, listeners: object, capture = false): () => void {
  const entries = Object.entries(listeners) as [string, EventListener][];
  for (const [type, listener] of entries) target.addEventListener(type, listener, capture);
  return () => {
    for (const [type, listener] of entries) target.removeEventListener(type, listener, capture);
  };
}
