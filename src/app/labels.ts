// The row labels are pure functions of the codebook and the view: they live in src/lib, where the
// metrics CLI uses them too, so that a CLI record and a chart row carry the same label.
export {
  benchmarkLabel,
  benchmarkNote,
  codeLabel,
  rowLabel,
  selectionLabel,
  withheldLabel,
} from '../lib/figures/labels';
