/**
 * Bytes transferred so far, in megabytes without the unit, for "12 of 40 MB": whole numbers
 * from 10 MB, one decimal below, rounded to the nearest (unlike a file's size against a
 * limit, which io/images rounds up).
 */
export function progressMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 10 ? String(Math.round(megabytes)) : megabytes.toFixed(1);
}
