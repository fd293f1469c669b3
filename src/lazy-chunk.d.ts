// Types for `import url from './part.ts?chunk'` (src/integrations/lazy-chunk.ts).
declare module '*?chunk' {
  const url: string;
  export default url;
}
