/** Bytes as megabytes for people: whole numbers from 10 MB, one decimal below. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 10 ? String(Math.round(megabytes)) : megabytes.toFixed(1);
}
