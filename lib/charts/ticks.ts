/**
 * Axis ticks at round numbers from zero: steps of 1, 2, 2.5 or 5 times a power of ten, about `target`
 * of them, the last at or above `max`. A room reads 0 / 1 / 2 / 3 / 4, not 0 / 0.9 / 1.8 / 2.7.
 */
export function roundTicks(max: number, target = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const count = Math.ceil(max / step - 1e-9);
  // Rounded to the step's own precision, so 0.1 × 3 prints as 0.3, not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + (step / power === 2.5 ? 1 : 0));
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toFixed(decimals)));
}
