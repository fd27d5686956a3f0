/** Okabe–Ito colours: distinguishable with colour-blindness, at least 3:1 against light and dark backgrounds. */
export const chartColors = {
  traded: "#0072B2",
  local: "#D55E00",
  reference: "#CC79A7",
  threshold: "#009E73",
} as const;

/** Side-of-the-border colours, for charts that put the two sides' different measures side by side. */
export const sideColors = { US: "#0072B2", MX: "#009E73" } as const;

/** Colours for a handful of named categories (clusters on the map), then grey for the rest. */
export const categoryColors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"] as const;
export const otherColor = "#8C8C8C";

/** The CaliBaja regions among others (peer comparisons): amber, apart from the traded / local blue and vermillion. */
export const highlightColor = "#E69F00";
