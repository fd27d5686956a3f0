/** One line of terminal progress: `[#####-----]  48%  12.3 / 25.6 MB`. */
export function renderProgressBar(done: number, total: number, columns: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  const label = ` ${String(Math.floor(fraction * 100)).padStart(3)}%  ${megabytes(done)} / ${megabytes(total)} MB`;
  const width = Math.max(10, Math.min(50, columns - label.length - 3));
  const filled = Math.round(fraction * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]${label}`;
}
