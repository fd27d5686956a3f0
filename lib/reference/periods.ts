/** CBP counts the pay period including March 12: the 2020 and 2021 figures fall in the COVID-19 pandemic. */
export const pandemicYears: ReadonlySet<number> = new Set([2020, 2021]);

/**
 * Months whose IMSS counts reflect the COVID-19 lockdowns and recovery (Mexico's "Jornada Nacional de
 * Sana Distancia" began on 23 March 2020; activities reopened by stages from June 2020 into 2021).
 */
export const isPandemicMonth = (year: number, month: number) => (year === 2020 && month >= 3) || year === 2021;
