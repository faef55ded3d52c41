/** A derived metric's formula: column ids joined by + and − (e.g. "hours_worked - contract_hours"). */
export interface Term {
  sign: 1 | -1;
  item: string;
}

const TOKEN = /^[a-z][a-z0-9_]*$/;

/** Parses a formula into signed terms; returns an error message instead when it is malformed. */
export function parseFormula(formula: string): Term[] | string {
  const tokens = formula.trim().split(/\s+/);
  const terms: Term[] = [];
  let sign: 1 | -1 = 1;
  for (const [i, token] of tokens.entries()) {
    if (i % 2 === 1) {
      if (token !== '+' && token !== '-') return `expected "+" or "-" but found "${token}"`;
      sign = token === '+' ? 1 : -1;
    } else {
      if (!TOKEN.test(token)) return `expected a column id but found "${token}"`;
      terms.push({ sign, item: token });
    }
  }
  if (tokens.length % 2 === 0) return 'a formula cannot end with an operator';
  return terms;
}
