import type { Codebook, Lang } from '../codebook/types';
import type { Population } from '../data/weighted-waves';
import { t } from '../i18n/translate';
import { codeLabel } from './labels';

/**
 * What weighting by specialty leaves out in a wave, said where weighting is on (issue 16): the
 * specialties with trainees but no respondents, whose trainees no weighted figure stands for.
 */
export function unrepresentedNotes(
  codebook: Codebook,
  population: Population | null,
  wave: number,
  lang: Lang,
): string[] {
  const codes = population?.unrepresented?.[String(wave)] ?? [];
  if (codes.length === 0) return [];
  const specialties = codes.map((c) => codeLabel(codebook, 'specialty', c, lang));
  return [t(lang, 'weightedUnrepresented', { specialties })];
}

/**
 * Why a wave is shown unweighted when its trainee counts miss specialties that have respondents:
 * those specialties by name. Nothing for a wave without counts at all (unweightedWaves says that).
 */
export function uncountedNotes(
  codebook: Codebook,
  population: Population | null,
  wave: number,
  lang: Lang,
): string[] {
  const codes = population?.uncounted?.[String(wave)] ?? [];
  if (codes.length === 0) return [];
  const specialties = codes.map((c) => codeLabel(codebook, 'specialty', c, lang));
  return [t(lang, 'weightedUncounted', { specialties, wave: String(wave) })];
}
