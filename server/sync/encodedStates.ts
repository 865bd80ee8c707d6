import * as Y from 'yjs';

/**
 * A doc's whole state as last encoded for a download, kept until the doc next changes: a
 * writing room that opens a large board's link together has it encoded once (some 400 ms of
 * the event loop for a sketched series), not once per person. The bytes are shared between
 * callers: read them, never change them.
 */
export class EncodedStates {
  private readonly states = new Map<'v1' | 'v2', Uint8Array>();

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', () => this.states.clear());
  }

  get(encoding: 'v1' | 'v2'): Uint8Array {
    let state = this.states.get(encoding);
    if (!state) {
      state = encoding === 'v2' ? Y.encodeStateAsUpdateV2(this.doc) : Y.encodeStateAsUpdate(this.doc);
      this.states.set(encoding, state);
    }
    return state;
  }
}
