/** Okabe–Ito colours: distinguishable with colour-blindness, at least 3:1 against light and dark backgrounds. */
export const chartColors = {
  traded: "#0072B2",
  local: "#D55E00",
  reference: "#CC79A7",
  threshold: "#009E73",
} as const;
