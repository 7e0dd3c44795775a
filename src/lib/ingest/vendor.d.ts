// word-extractor ships no types; this is the part the ingest stage uses.
declare module 'word-extractor' {
  interface Extracted {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<Extracted>;
  }
}
