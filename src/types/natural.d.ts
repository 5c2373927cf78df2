// natural is imported by file path (its package root loads database drivers and dotenv), so its bundled
// declarations do not apply; these cover the files the intent classifier uses.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class RegexpTokenizer {
    /** With `gaps: false` the pattern matches the tokens themselves; it must have the `g` flag. */
    constructor(options: { pattern: RegExp; gaps?: boolean });
    /** null when nothing matches. */
    tokenize(text: string): string[] | null;
  }
}

declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  export default class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    /** Every token seen in training; the key order is the index order of the learned counts. */
    features: Record<string, number>;
    /** The apparatus learner natural wraps. */
    classifier: {
      /** Per label, feature index → (documents of the label holding the feature) + smoothing. */
      classFeatures: Record<string, Record<number, number>>;
      smoothing: number;
    };
    /** Token arrays skip natural's stemming and stop-word removal. */
    addDocument(tokens: string[], label: string): void;
    train(): void;
  }
}
