/**
 * The topic a link without `topic=` opens (when the codebook has it; else its first topic). Apart
 * from the rest of the view's state (state.ts) so that the build's inline script, which asks for
 * that topic's results before the app runs (src/build/early-fetch.ts), names the same one.
 */
export const DEFAULT_TOPIC = 'overtime';
