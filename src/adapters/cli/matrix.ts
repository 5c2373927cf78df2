// `matrix`: writes the compatibility table picture, so the README's image and a user's file are made
// the same way the bots make theirs.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { shortId } from '../../core/knowledge/knowledge-base.js';
import type { Edition } from '../../core/knowledge/schema.js';
import { matrixSvg } from '../../core/matrix/matrix-svg.js';
import { loadConfig } from '../../runtime/config.js';
import { loadKnowledge } from '../../runtime/load-knowledge.js';
import { matrixFileName, renderPng } from '../../runtime/matrix-image.js';
import { parseEdition } from './edition-flag.js';

/** Reads its own flags: --highlight and --out mean nothing to the other commands. */
export function matrixCommand(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      edition: { type: 'string' },
      highlight: { type: 'string' },
      out: { type: 'string' },
      stats: { type: 'boolean', default: false },
    },
  });
  const edition = parseEdition(values.edition) ?? loadConfig('cli').MODELGO_EDITION;
  const kb = loadKnowledge();
  const highlight = readHighlight(kb, edition, values.highlight);
  if (typeof highlight === 'string') {
    process.stderr.write(`modelgo-bot: ${highlight}\n`);
    return 2;
  }
  const picture = { edition, highlight };
  const out = values.out ?? matrixFileName(picture);
  const format = extname(out).toLowerCase();
  if (format !== '.png' && format !== '.svg') {
    process.stderr.write(`modelgo-bot: --out must end in .png or .svg, not "${out}"\n`);
    return 2;
  }
  const started = performance.now();
  const svg = matrixSvg(kb, picture);
  const drawn = performance.now();
  const bytes = format === '.svg' ? Buffer.from(svg) : renderPng(svg);
  const rendered = performance.now();
  writeFileSync(out, bytes);
  process.stdout.write(`${out}\n`);
  if (values.stats) {
    const size = format === '.png' ? `, ${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)} px` : '';
    process.stderr.write(`svg ${ms(drawn - started)}, ${format === '.png' ? `png ${ms(rendered - drawn)}, ` : ''}${bytes.length} bytes${size}\n`);
  }
  return 0;
}

/** Canonical ids for "MG-BY-NC,mg-by-os-2.0", or the one-line complaint naming the ids it cannot use. */
function readHighlight(kb: KnowledgeBase, edition: Edition, value: string | undefined): string[] | string {
  const typed = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (typed.length > 2) return `--highlight takes one or two license ids (a row and a column), not ${typed.length}`;
  const found = typed.map((t) => kb.mgLicense(`${t.toUpperCase().replace(/-2\.0$/, '')}-2.0`, edition)?.id);
  const unknown = typed.filter((_, i) => !found[i]);
  if (unknown.length > 0) {
    const known = kb
      .licenses(edition)
      .map((l) => shortId(l.id))
      .join(', ');
    return `--highlight: unknown license id${unknown.length > 1 ? 's' : ''} for the ${edition} edition: ${unknown.join(', ')} (it has ${known})`;
  }
  return found as string[];
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
