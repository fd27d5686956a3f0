/**
 * U.S. states, the District of Columbia and Puerto Rico: postal abbreviation, FIPS code, names. A U.S.
 * state's region code is its postal abbreviation ("CA"): FIPS state codes are numbers that Mexico's
 * INEGI state codes also use (02 is Alaska and Baja California), so the two never share a code.
 */
type UsState = { fips: string; nameEn: string; nameEs?: string };

export const usStates: Readonly<Record<string, UsState>> = {
  AL: { fips: "01", nameEn: "Alabama" },
  AK: { fips: "02", nameEn: "Alaska" },
  AZ: { fips: "04", nameEn: "Arizona" },
  AR: { fips: "05", nameEn: "Arkansas" },
  CA: { fips: "06", nameEn: "California" },
  CO: { fips: "08", nameEn: "Colorado" },
  CT: { fips: "09", nameEn: "Connecticut" },
  DE: { fips: "10", nameEn: "Delaware" },
  DC: { fips: "11", nameEn: "District of Columbia", nameEs: "Distrito de Columbia" },
  FL: { fips: "12", nameEn: "Florida" },
  GA: { fips: "13", nameEn: "Georgia" },
  HI: { fips: "15", nameEn: "Hawaii", nameEs: "Hawái" },
  ID: { fips: "16", nameEn: "Idaho" },
  IL: { fips: "17", nameEn: "Illinois" },
  IN: { fips: "18", nameEn: "Indiana" },
  IA: { fips: "19", nameEn: "Iowa" },
  KS: { fips: "20", nameEn: "Kansas" },
  KY: { fips: "21", nameEn: "Kentucky" },
  LA: { fips: "22", nameEn: "Louisiana", nameEs: "Luisiana" },
  ME: { fips: "23", nameEn: "Maine" },
  MD: { fips: "24", nameEn: "Maryland" },
  MA: { fips: "25", nameEn: "Massachusetts" },
  MI: { fips: "26", nameEn: "Michigan" },
  MN: { fips: "27", nameEn: "Minnesota" },
  MS: { fips: "28", nameEn: "Mississippi", nameEs: "Misisipi" },
  MO: { fips: "29", nameEn: "Missouri", nameEs: "Misuri" },
  MT: { fips: "30", nameEn: "Montana" },
  NE: { fips: "31", nameEn: "Nebraska" },
  NV: { fips: "32", nameEn: "Nevada" },
  NH: { fips: "33", nameEn: "New Hampshire", nameEs: "Nuevo Hampshire" },
  NJ: { fips: "34", nameEn: "New Jersey", nameEs: "Nueva Jersey" },
  NM: { fips: "35", nameEn: "New Mexico", nameEs: "Nuevo México" },
  NY: { fips: "36", nameEn: "New York", nameEs: "Nueva York" },
  NC: { fips: "37", nameEn: "North Carolina", nameEs: "Carolina del Norte" },
  ND: { fips: "38", nameEn: "North Dakota", nameEs: "Dakota del Norte" },
  OH: { fips: "39", nameEn: "Ohio" },
  OK: { fips: "40", nameEn: "Oklahoma" },
  OR: { fips: "41", nameEn: "Oregon", nameEs: "Oregón" },
  PA: { fips: "42", nameEn: "Pennsylvania", nameEs: "Pensilvania" },
  RI: { fips: "44", nameEn: "Rhode Island" },
  SC: { fips: "45", nameEn: "South Carolina", nameEs: "Carolina del Sur" },
  SD: { fips: "46", nameEn: "South Dakota", nameEs: "Dakota del Sur" },
  TN: { fips: "47", nameEn: "Tennessee", nameEs: "Tennessee" },
  TX: { fips: "48", nameEn: "Texas" },
  UT: { fips: "49", nameEn: "Utah" },
  VT: { fips: "50", nameEn: "Vermont" },
  VA: { fips: "51", nameEn: "Virginia" },
  WA: { fips: "53", nameEn: "Washington" },
  WV: { fips: "54", nameEn: "West Virginia", nameEs: "Virginia Occidental" },
  WI: { fips: "55", nameEn: "Wisconsin" },
  WY: { fips: "56", nameEn: "Wyoming" },
  PR: { fips: "72", nameEn: "Puerto Rico" },
};

const codeOfFips = new Map(Object.entries(usStates).map(([abbreviation, state]) => [state.fips, abbreviation]));

/** The region code (postal abbreviation) of a state FIPS code, or undefined. */
export const usStateCodeOfFips = (fips: string) => codeOfFips.get(fips.padStart(2, "0"));

/** A state's region definition fields: code, names (the Spanish exonym where one is in use). */
export function usStateRegion(
  code: string,
): { code: string; nameEn: string; nameEs: string; sortOrder: number } | undefined {
  const state = usStates[code];
  return state
    ? { code, nameEn: state.nameEn, nameEs: state.nameEs ?? state.nameEn, sortOrder: 100 + Number(state.fips) }
    : undefined;
}

/** The states a CMP metro name lists after its comma ("St. Louis, MO-IL" → MO, IL). */
export function statesOfMetroName(name: string): string[] | null {
  const match = /,\s*([A-Z]{2}(?:-[A-Z]{2})*)\s*$/.exec(name);
  if (!match) return null;
  const codes = match[1]!.split("-");
  return codes.every((code) => usStates[code] !== undefined) ? codes : null;
}
