import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Discrepancy, Edition, License, SheetRow } from '../knowledge/schema.js';
import { type Act, type ActObject, isDuty, type PermissionFrame } from '../understanding/permission-frame.js';

/**
 * Permission questions answered act by act from the license's Model Sheet rows and clauses. Each act
 * and object names the rows that can answer it, most specific first; an edition uses the first row it
 * has, so "share a distilled model" reads "Distribute Extracted Models" in the Dec 2025 sheet and
 * "Distribute Derivative Materials" in the Nov 2024 one, where distillation makes a derivative.
 */
const ROWS: Record<Act, Partial<Record<ActObject, string[]>>> = {
  use: {
    model: ['use-reproduce-distribute'],
    derivative: ['use-reproduce-derivatives', 'create-derivatives'],
    extracted: ['create-extracted', 'use-reproduce-derivatives'],
    output: ['use-reproduce-distribute'],
    'output-dataset': ['use-reproduce-distribute'],
  },
  create: {
    model: ['create-derivatives'],
    derivative: ['create-derivatives'],
    extracted: ['create-extracted', 'create-derivatives'],
    output: ['use-reproduce-distribute'],
    'output-dataset': ['use-reproduce-distribute'],
  },
  share: {
    model: ['use-reproduce-distribute'],
    derivative: ['distribute-derivatives'],
    extracted: ['distribute-extracted', 'distribute-derivatives'],
    output: ['share-output', 'distribute-output'],
    'output-dataset': ['share-output', 'distribute-output'],
  },
  commercial: {
    model: ['commercial-licensed', 'commercial'],
    derivative: ['commercial-derivatives', 'commercial'],
    extracted: ['commercial', 'commercial-derivatives'],
    output: ['commercial-output'],
    'output-dataset': ['commercial-output'],
  },
  own: { derivative: ['derivatives-owned-by-licensee'], extracted: ['derivatives-owned-by-licensee'] },
  'keep-closed': { model: ['disclose-source'], derivative: ['disclose-source'], extracted: ['disclose-source'] },
  relicense: {},
  trademark: {},
  attribute: { model: ['attribution-licensed'], derivative: ['attribution-derivatives'], extracted: ['attribution-derivatives'] },
  'state-changes': { model: ['indicate-modifications'], derivative: ['indicate-modifications'], extracted: ['indicate-modifications'] },
  'license-file': {
    model: ['license-copy-licensed', 'provide-license'],
    derivative: ['license-copy-derivatives', 'provide-license'],
    extracted: ['license-copy-extracted', 'provide-license'],
  },
  'disclose-source': { model: ['disclose-source'], derivative: ['disclose-source'], extracted: ['disclose-source'] },
  'same-license': { model: ['same-license'], derivative: ['same-license'], extracted: ['same-license-extracted', 'same-license'] },
  'dataset-notice': { model: ['output-dataset-notice'], output: ['output-dataset-notice'], 'output-dataset': ['output-dataset-notice'] },
  rai: {
    model: ['rai-restrictions'],
    derivative: ['rai-restrictions'],
    extracted: ['rai-restrictions'],
    output: ['rai-restrictions'],
    'output-dataset': ['rai-restrictions'],
  },
};

/** Why one act gets its value, as data the answer layer words. */
export type Basis =
  | { kind: 'row'; row: SheetRow; inverse: boolean }
  | { kind: 'no-row' }
  | { kind: 'copyleft' }
  | { kind: 'no-sharing-derivatives' }
  | { kind: 'vested-in-licensor' }
  | { kind: 'sublicensable' }
  | { kind: 'no-output-attribution' }
  | { kind: 'no-trademark' }
  | { kind: 'data-out-of-scope' }
  | { kind: 'extracted-outside-license' }
  | { kind: 'non-commercial-purpose'; allowed: boolean | null };

export interface Finding {
  act: Act;
  object: ActObject;
  /** Allowed (rights) or required (duties); null when the sources do not settle it. */
  value: boolean | null;
  duty: boolean;
  basis: Basis;
}

export interface PermissionOutcome {
  frame: PermissionFrame;
  findings: Finding[];
  /** The answer to the question as asked: for "can I" yes = allowed, "must I" yes = required, "is it forbidden" yes = forbidden. */
  verdict: 'yes' | 'no' | null;
  /** What the question's act comes to, before its polarity: allowed, or required. */
  value: boolean | null;
  discrepancies: Discrepancy[];
}

function rowValue(license: License, rows: string[] | undefined, kb: KnowledgeBase, edition: Edition): { value: boolean | null; row?: SheetRow } {
  for (const id of rows ?? []) {
    const row = kb.edition(edition).sheetRows.find((r) => r.id === id);
    const value = row ? license.sheet[id] : undefined;
    if (row && value !== undefined && value !== null) return { value, row };
  }
  return { value: null };
}

function has(license: License, row: string): boolean {
  return license.sheet[row] === true;
}

function find(license: License, act: Act, object: ActObject, purpose: PermissionFrame['purpose'], kb: KnowledgeBase, edition: Edition): Finding {
  const duty = isDuty(act);
  const base = { act, object, duty };
  if (act === 'relicense') {
    if (has(license, 'same-license')) return { ...base, value: false, basis: { kind: 'copyleft' } };
    if (object !== 'model' && license.options.includes('ND')) return { ...base, value: false, basis: { kind: 'no-sharing-derivatives' } };
    if (object !== 'model' && has(license, 'derivatives-owned-by-licensor')) return { ...base, value: false, basis: { kind: 'vested-in-licensor' } };
    if (object === 'model') return { ...base, value: license.grant.sublicensable === 'yes', basis: { kind: 'sublicensable' } };
    return { ...base, value: true, basis: { kind: 'row', row: kb.edition(edition).sheetRows.find((r) => r.id === 'same-license')!, inverse: true } };
  }
  if (act === 'trademark') return { ...base, value: false, basis: { kind: 'no-trademark' } };
  if (object === 'training-data') return { ...base, value: !duty, basis: { kind: 'data-out-of-scope' } };
  // Where the text leaves models learned from the output outside the license (Dec 2025 MG0, MG-BY), no duty reaches them.
  const extracted = kb.edition(edition).clauses.find((c) => c.id === 'extracted-model');
  if (object === 'extracted' && extracted?.except.includes(license.id) && act !== 'own')
    return { ...base, value: !duty, basis: { kind: 'extracted-outside-license' } };
  if (act === 'attribute' && (object === 'output' || object === 'output-dataset')) {
    if (object === 'output-dataset') return find(license, 'dataset-notice', object, purpose, kb, edition);
    return { ...base, value: false, basis: { kind: 'no-output-attribution' } };
  }
  if (act === 'use' && purpose === 'misuse') {
    const row = kb.edition(edition).sheetRows.find((r) => r.id === 'rai-restrictions')!;
    return { ...base, value: !has(license, 'rai-restrictions'), basis: { kind: 'row', row, inverse: true } };
  }
  if (act === 'use' && license.options.includes('NC') && purpose !== undefined && purpose !== 'commercial') {
    const definition = kb.edition(edition).clauses.find((c) => c.id === 'non-commercial');
    const subject = purpose === 'noncommercial' ? 'research' : 'internal-company';
    const allowed = definition?.includes.includes(subject)
      ? true
      : definition?.excludes.includes(subject)
        ? false
        : purpose === 'noncommercial' && definition?.includes.includes('education')
          ? true
          : null;
    return { ...base, value: allowed, basis: { kind: 'non-commercial-purpose', allowed } };
  }
  const found = rowValue(license, ROWS[act][object], kb, edition);
  if (found.value === null || !found.row) return { ...base, value: null, basis: { kind: 'no-row' } };
  const inverse = act === 'keep-closed';
  return { ...base, value: inverse ? !found.value : found.value, basis: { kind: 'row', row: found.row, inverse } };
}

/** The findings for every act of the question, and the verdict in the question's own polarity. */
export function permission(license: License, frame: PermissionFrame, kb: KnowledgeBase, edition: Edition): PermissionOutcome {
  const findings = frame.acts.map((act) => find(license, act, frame.object, frame.purpose, kb, edition));
  // Asked from the licensor's side, "does the licensor own it?" is the opposite of "do I own it?".
  const own = combine(findings);
  const value = frame.licensorSide && own !== null ? !own : own;
  const duty = findings.length === 1 && findings[0]!.duty;
  const rows = new Set(findings.flatMap((f) => (f.basis.kind === 'row' ? [f.basis.row.id] : [])));
  return {
    frame,
    findings,
    value,
    verdict: value === null ? null : polar(value, duty, frame) ? 'yes' : 'no',
    discrepancies: license.discrepancies.filter((d) => rows.has(d.topic)),
  };
}

/** Rights asked together must all hold: one that is refused decides, one unknown leaves it open. */
function combine(findings: Finding[]): boolean | null {
  if (findings.some((f) => f.value === false)) return false;
  if (findings.some((f) => f.value === null)) return null;
  return true;
}

/** Turns "allowed" / "required" into the answer to the question the way it was put. */
function polar(value: boolean, duty: boolean, frame: PermissionFrame): boolean {
  const { modality, negated } = frame;
  if (!duty) return modality === 'forbidden' ? !value : value;
  switch (modality) {
    case 'must':
      return negated ? false : value;
    case 'optional':
      return !value;
    case 'forbidden':
      return negated ? value : false;
    case 'can':
      return negated ? !value : value;
  }
}
