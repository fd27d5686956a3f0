export type LabelCandidate = { key: string; label: string; x: number; y: number; radius: number };
export type PlacedLabel = { key: string; label: string; x: number; y: number; anchor: "start" | "middle" | "end" };
type Box = { left: number; right: number; top: number; bottom: number };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places labels beside their points, most important first (the order given), trying above, below,
 * right and left of each point; a label that would overlap a placed label or a more important point,
 * or leave the plot, is dropped rather than drawn over another. Text width is estimated from the font
 * size (an average glyph is about 0.55 em), which is close enough to keep labels apart.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: { fontSize: number; bounds: Box; maxLabels: number },
): PlacedLabel[] {
  const { fontSize, bounds, maxLabels } = options;
  const height = fontSize * 1.2;
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const pointBox = (point: LabelCandidate): Box => ({
    left: point.x - point.radius,
    right: point.x + point.radius,
    top: point.y - point.radius,
    bottom: point.y + point.radius,
  });
  for (const [index, point] of candidates.entries()) {
    if (placed.length >= maxLabels) break;
    const width = point.label.length * fontSize * 0.55;
    const gap = point.radius + 3;
    const options: { box: Box; label: PlacedLabel }[] = [
      {
        box: {
          left: point.x - width / 2,
          right: point.x + width / 2,
          top: point.y - gap - height,
          bottom: point.y - gap,
        },
        label: { key: point.key, label: point.label, x: point.x, y: point.y - gap - fontSize * 0.25, anchor: "middle" },
      },
      {
        box: {
          left: point.x - width / 2,
          right: point.x + width / 2,
          top: point.y + gap,
          bottom: point.y + gap + height,
        },
        label: { key: point.key, label: point.label, x: point.x, y: point.y + gap + fontSize, anchor: "middle" },
      },
      {
        box: {
          left: point.x + gap,
          right: point.x + gap + width,
          top: point.y - height / 2,
          bottom: point.y + height / 2,
        },
        label: { key: point.key, label: point.label, x: point.x + gap, y: point.y + fontSize * 0.35, anchor: "start" },
      },
      {
        box: {
          left: point.x - gap - width,
          right: point.x - gap,
          top: point.y - height / 2,
          bottom: point.y + height / 2,
        },
        label: { key: point.key, label: point.label, x: point.x - gap, y: point.y + fontSize * 0.35, anchor: "end" },
      },
    ];
    // More important points (earlier) keep their own area free; the point itself may be touched.
    const blockers = [...taken, ...candidates.slice(0, index).map(pointBox)];
    const fits = options.find(
      ({ box }) =>
        box.left >= bounds.left &&
        box.right <= bounds.right &&
        box.top >= bounds.top &&
        box.bottom <= bounds.bottom &&
        !blockers.some((other) => overlaps(box, other)),
    );
    if (!fits) continue;
    taken.push(fits.box);
    placed.push(fits.label);
  }
  return placed;
}
