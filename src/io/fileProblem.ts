// What a picked file's checks report, for reference images (images.ts) and sounds (audio.ts)
// alike: a problem the UI translates, the detail it names, and an English message for logs
// and tests.

/** Why a picked file was refused. `message` is English; the UI builds its own text from `problem` and `detail`. */
export class FileProblemError<Problem extends string> extends Error {
  constructor(
    readonly problem: Problem,
    /** What the message names: the file's kind or name, or its size for a file too large. */
    readonly detail: string,
    message: string,
  ) {
    super(message);
  }
}

/** Bytes as megabytes with one decimal, rounded up so an over-limit file never reads "50.0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}
