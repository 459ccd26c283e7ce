// What a council may set about the words: comparators' names and, per indicator, the band a movement must clear.

/** How the papers name the comparators: by the config, else by the scorecard's column header, else the defaults. */
export interface ComparatorNames {
  /** `England`, `Scotland`, `Wales` ...; default England. */
  national: string | null;
  /** `South East`, `North West` ...; default "regional". */
  region: string | null;
}

export interface NarrateSettings {
  comparatorNames?: Partial<ComparatorNames>;
  /** Per indicator ID, the noise band in the indicator's unit (percentage points for a percentage). */
  noiseBands?: Readonly<Record<string, number>>;
}

export const NO_SETTINGS: NarrateSettings = {};
