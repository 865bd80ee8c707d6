/**
 * The domain model of Beatboard: the board document (docs/schema.md), lenient reading, derived
 * values and every edit as a named command. Pure TypeScript over Yjs, with no React, DOM or
 * network, so it runs the same in the browser, on the server and in tests.
 *
 * Every command takes the Y.Doc first and runs as one transaction with an optional trailing
 * `origin` (default null, which the local user's undo manager tracks). Bad arguments throw a
 * `ValidationError` whose message can be shown as is. Edits of a record that no longer exists
 * (a collaborator deleted it) do nothing; creating something inside a record that no longer
 * exists throws `NotFoundError`.
 */
export * from './types';
export * from './errors';
export * from './limits';
export {
  BOARD_ROOTS, boardRootMaps, getCharactersMap, getEpisodesMap, getMetaMap, getShotsMap, getSuggestionsMap,
} from './doc';
export { newId } from './ids';
export { compareByOrder, keyBetween, type OrderEntry } from './order';
export { setText } from './text';
export { groupShotsByEpisode, readBoard, readBoardTitle, readCharacter, readEpisode, readMeta, readShot, readStructure, readVisibleShot } from './read';
export type { BoardStructure } from './read';
export * from './schema';
export * from './derived';
export * from './colors';
export * from './roles';
export * from './commands/board';
export {
  MIGRATION_ORIGIN, assertKnownSchema, bringBoardUpToDate, migrateBoard, migrateNotes, storedSchemaVersion,
  tidyBoardStrokes,
} from './migrations/migrateBoard';
export * from './commands/characters';
export * from './commands/episodes';
export {
  addShot, deleteShots, duplicateShots, insertShots, moveShots, setBeat, setShotClip, setShotClipVolume, shotContent, updateShot, updateShots,
  type AddShotInput, type ShotContentInput,
} from './commands/shots';
export { addDialogueLine, moveDialogueLine, removeDialogueLine, updateDialogueLine } from './commands/dialogue';
export { addStroke, clearStrokes, eraseStrokes } from './commands/strokes';
export { strokePoints, strokePointsIn, type StrokeInput } from './strokes/strokeForms';
export { PATH_SCALE, decodeStrokePath, encodeStrokePath } from './strokes/pathCodec';
export type * from './suggestions/types';
export {
  acceptAllSuggestions, acceptSuggestion, addSuggestionAlternative, createSuggestion, dismissSuggestion, finishSuggestion, type CreateSuggestionInput,
} from './commands/suggestions';
export {
  acceptableSuggestions, inPanelOrder, isOpenSuggestion, readSuggestion, readSuggestions, type Suggestion,
} from './suggestions/read';
export * from './notes/types';
export {
  addComment, addMark, checkCommentText, eraseMarks, getApprovalsMap, getCommentsMap, getMarksMap, notesRootMaps, replyToComment,
  setApproval, setCommentResolved, type AddCommentInput,
} from './notes/commands';
export { approvalProgress, readNotes } from './notes/read';
export { splitMentions, type TextPart } from './notes/mentions';
export * from './rhythm';
export * from './animatic';
export * from './versions';
export * from './assetTypes';
