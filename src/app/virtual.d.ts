/** The build's precomputed default view (src/build/precompute-plugin.ts); null in the dev server. */
declare module 'virtual:djs-precomputed' {
  const url: string | null;
  export default url;
}
