/**
 * How the specialties differ in the demo data. Sizes follow the rough number of doctors in training
 * per specialty in the Netherlands; the other columns are effects, not published figures, chosen so
 * that comparisons between specialties look like the real ones (surgical specialties work more
 * overtime, psychiatry less).
 */

type HospitalMix = Readonly<Record<'umc' | 'stz' | 'algemeen' | 'categoraal', number>>;

export interface SpecialtyProfile {
  /** Relative number of respondents. */
  weight: number;
  /** Workload in SD units: drives overtime, going home late, fewer breaks, strain. */
  load: number;
  /** Share of women (the small "anders" share is drawn separately). */
  female: number;
  /** Share in specialty training (aios); the rest are anios. */
  aios: number;
  /** Share of fulltime contracts, before the gender effect. */
  fulltime: number;
  /** Share of respondents who do no shifts at all ("nvt" for the shift questions). */
  shiftless: number;
  /** Effect on naming "too many phone calls" as what makes a day heavy. */
  calls: number;
  hospitals: HospitalMix;
}

const MIX: HospitalMix = { umc: 0.34, stz: 0.33, algemeen: 0.31, categoraal: 0.02 };
const UMC_HEAVY: HospitalMix = { umc: 0.65, stz: 0.3, algemeen: 0.05, categoraal: 0 };

const base: SpecialtyProfile = {
  weight: 30,
  load: 0,
  female: 0.72,
  aios: 0.9,
  fulltime: 0.5,
  shiftless: 0.05,
  calls: 0,
  hospitals: MIX,
};

function p(overrides: Partial<SpecialtyProfile>): SpecialtyProfile {
  return { ...base, ...overrides };
}

const SPECIALTIES: Readonly<Record<string, SpecialtyProfile>> = {
  anesthesiologie: p({ weight: 115, load: 0.2, female: 0.64, calls: 0.4 }),
  cardiologie: p({ weight: 75, load: 0.7, female: 0.6, aios: 0.78, calls: 0.5 }),
  cardiothoracale_chirurgie: p({
    weight: 17,
    load: 1.4,
    female: 0.4,
    fulltime: 0.75,
    hospitals: UMC_HEAVY,
  }),
  dermatologie: p({ weight: 35, load: -0.5, female: 0.85, shiftless: 0.2, calls: -0.5 }),
  heelkunde: p({ weight: 150, load: 1.1, female: 0.55, aios: 0.82, fulltime: 0.7, calls: 0.5 }),
  interne_geneeskunde: p({ weight: 250, load: 0.5, female: 0.74, aios: 0.78, calls: 0.6 }),
  keel_neus_oorheelkunde: p({ weight: 35, load: 0.1, female: 0.65 }),
  kindergeneeskunde: p({ weight: 150, load: 0.4, female: 0.88, aios: 0.8, calls: 0.3 }),
  klinische_genetica: p({
    weight: 17,
    load: -0.9,
    female: 0.85,
    shiftless: 0.45,
    calls: -0.8,
    hospitals: { umc: 1, stz: 0, algemeen: 0, categoraal: 0 },
  }),
  klinische_geriatrie: p({ weight: 40, load: -0.2, female: 0.85, calls: 0.2 }),
  longziekten: p({ weight: 60, load: 0.4, female: 0.68, aios: 0.8, calls: 0.4 }),
  maag_darm_leverziekten: p({ weight: 50, load: 0.6, female: 0.6, calls: 0.3 }),
  medische_microbiologie: p({
    weight: 18,
    load: -0.8,
    female: 0.7,
    shiftless: 0.3,
    calls: 0.3,
    hospitals: { umc: 0.5, stz: 0.3, algemeen: 0.1, categoraal: 0.1 },
  }),
  mondziekten_kaakchirurgie: p({ weight: 18, load: 0.5, female: 0.45, fulltime: 0.65 }),
  neurochirurgie: p({ weight: 20, load: 1.5, female: 0.35, fulltime: 0.8, hospitals: UMC_HEAVY }),
  neurologie: p({ weight: 80, load: 0.5, female: 0.68, aios: 0.8, calls: 0.4 }),
  nucleaire_geneeskunde: p({
    weight: 16,
    load: -0.5,
    female: 0.6,
    shiftless: 0.2,
    hospitals: { umc: 0.55, stz: 0.35, algemeen: 0.1, categoraal: 0 },
  }),
  obstetrie_gynaecologie: p({ weight: 140, load: 0.9, female: 0.9, aios: 0.8, calls: 0.3 }),
  oogheelkunde: p({ weight: 40, load: -0.1, female: 0.65, calls: -0.2 }),
  orthopedie: p({ weight: 60, load: 0.8, female: 0.4, aios: 0.8, fulltime: 0.7 }),
  pathologie: p({ weight: 40, load: -0.5, female: 0.65, shiftless: 0.35, calls: -0.8 }),
  plastische_chirurgie: p({ weight: 25, load: 0.6, female: 0.55, fulltime: 0.65 }),
  psychiatrie: p({
    weight: 190,
    load: -1.0,
    female: 0.78,
    aios: 0.8,
    shiftless: 0.08,
    hospitals: { umc: 0.32, stz: 0.13, algemeen: 0.12, categoraal: 0.43 },
  }),
  // The focus specialty of the published figures; its dimensions come from exact counts.
  radiologie: p({ weight: 131, load: -0.1, female: 0.6, aios: 0.96, calls: 1.0 }),
  radiotherapie: p({
    weight: 25,
    load: -0.4,
    female: 0.65,
    shiftless: 0.25,
    hospitals: { umc: 0.55, stz: 0.05, algemeen: 0, categoraal: 0.4 },
  }),
  reumatologie: p({ weight: 25, load: -0.3, female: 0.8, calls: -0.3 }),
  revalidatiegeneeskunde: p({
    weight: 45,
    load: -0.8,
    female: 0.8,
    shiftless: 0.35,
    calls: -0.6,
    hospitals: { umc: 0.35, stz: 0.1, algemeen: 0.05, categoraal: 0.5 },
  }),
  spoedeisende_geneeskunde: p({ weight: 75, load: 0.3, female: 0.7, aios: 0.6, calls: 0.2 }),
  urologie: p({ weight: 35, load: 0.7, female: 0.5, fulltime: 0.65 }),
  overig: p({ weight: 60, load: 0, female: 0.7, aios: 0.4 }),
};

/** A specialty the codebook gains later still gets respondents. */
export function profileOf(specialty: string): SpecialtyProfile {
  return SPECIALTIES[specialty] ?? base;
}
