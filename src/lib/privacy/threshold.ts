/**
 * No figure is shown from fewer than 10 unweighted valid answers (DESIGN.md privacy rules, D3;
 * the Australian Medical Training Survey and the GP Patient Survey publish from 10 too).
 */
export const MIN_N = 10;

export function isSuppressed(n: number): boolean {
  return n < MIN_N;
}
