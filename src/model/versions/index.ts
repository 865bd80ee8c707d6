// Version history of a board: comparing two states, thinning old versions and restoring.
export * from './types';
export * from './compare';
export * from './retention';
export * from './sync';
export * from './restore';
export * from './snapshot';
export * from './partialCompare';
