/** The marks that open a verdict line, the same on every platform. */
export const VERDICT_MARK = { yes: '✅', no: '❌', caution: '⚠️', separable: '🧩' } as const;
