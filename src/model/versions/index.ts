// Version history of a board: comparing two states, thinning old versions and restoring.
export * from './types';
export * from './compare';
export * from './retention';
export * from './sync';
export * from './restore';
export * from './snapshot';
// Not here: partialCompare (and the byte reader it uses) is imported where a comparison or a
// restore runs, so it stays out of the first download with the history screens.
