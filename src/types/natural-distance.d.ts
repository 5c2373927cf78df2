// natural is imported by file path (its package root loads database drivers), so its bundled
// declarations do not apply; these cover the distance files the license-id parser uses.
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  interface EditCosts {
    insertion_cost?: number;
    deletion_cost?: number;
    substitution_cost?: number;
    transposition_cost?: number;
    restricted?: boolean;
  }
  const distances: {
    DamerauLevenshteinDistance(source: string, target: string, options?: EditCosts): number;
  };
  export default distances;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
