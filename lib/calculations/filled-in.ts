type EmploymentFigure = {
  employment: number | null;
  employmentReported: number | null;
  employmentIsLowerBound: boolean;
};

/**
 * The one rule for jobs a source filled in (the U.S. Cluster Mapping Project estimates confidential
 * cells): the figure minus what the published cells add up to. Unknown (null) when either is missing,
 * and for a lower bound, whose published cells are all there is (nothing was filled in, something withheld).
 */
export function filledInJobs(row: EmploymentFigure): number | null {
  if (row.employmentIsLowerBound || row.employment === null || row.employmentReported === null) return null;
  return row.employment - row.employmentReported;
}

/** Whether a figure carries the filled-in mark (*): only where some jobs were filled in. */
export function isFilledIn(row: EmploymentFigure): boolean {
  return (filledInJobs(row) ?? 0) > 0;
}
