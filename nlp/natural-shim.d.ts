// Deep import of natural's Dutch Porter stemmer (avoids loading the whole library, ~1.5 s).
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
