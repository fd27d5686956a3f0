import { sparklineGeometry, type SparkPoint } from "@/lib/charts/sparkline";

export type { SparkPoint };

const height = 64;
const percent = (value: number) => `${value.toFixed(3)}%`;

/**
 * A small employment line; a dashed vertical mark shows where the source changes (series break).
 * Plain SVG from the server: the trend cards need no JavaScript to show their lines.
 */
export function Sparkline({ points, color = "#0072B2" }: { points: SparkPoint[]; color?: string }) {
  const { dots, segments, breaks } = sparklineGeometry(points, { height, top: 6, bottom: 6 });
  return (
    <div className="sparkline">
      <svg width="100%" height={height} overflow="visible" aria-hidden="true" data-testid="sparkline">
        {breaks.map((x) => (
          <line
            key={x}
            x1={percent(x)}
            x2={percent(x)}
            y1={0}
            y2={height}
            stroke="currentColor"
            strokeOpacity={0.5}
            strokeDasharray="3 3"
            data-series-break=""
          />
        ))}
        {segments.map((segment) => (
          <line
            key={segment.from}
            x1={percent(segment.x1)}
            y1={segment.y1}
            x2={percent(segment.x2)}
            y2={segment.y2}
            stroke={color}
            strokeWidth={2}
            strokeLinecap="round"
            data-years={`${segment.from}-${segment.to}`}
          />
        ))}
        {dots.map((dot) => (
          <circle
            key={dot.year}
            cx={percent(dot.x)}
            cy={dot.y}
            r={3}
            fill={dot.pandemic ? "#E69F00" : color}
            data-year={dot.year}
          />
        ))}
      </svg>
    </div>
  );
}
