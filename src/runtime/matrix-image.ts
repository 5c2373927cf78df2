// Turns the compatibility table's SVG into the PNG the platforms send. The font comes from an npm
// package and system fonts are never loaded, so the picture is the same on every machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Answer } from '../core/answer/answer.js';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import { shortId } from '../core/knowledge/knowledge-base.js';
import { MATRIX_FONT_FAMILY, type MatrixPicture, matrixSvg } from '../core/matrix/matrix-svg.js';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));

/** Rendered pictures per knowledge base and (edition, highlight): a repeated request costs a lookup. */
const cache = new WeakMap<KnowledgeBase, Map<string, Buffer>>();

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: MATRIX_FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}

/** The table as a PNG, for uploads. */
export function matrixPng(kb: KnowledgeBase, picture: MatrixPicture): Buffer {
  let pictures = cache.get(kb);
  if (!pictures) {
    pictures = new Map();
    cache.set(kb, pictures);
  }
  const key = matrixFileName(picture);
  let png = pictures.get(key);
  if (!png) {
    png = renderPng(matrixSvg(kb, picture));
    pictures.set(key, png);
  }
  return png;
}

/** `modelgo-matrix-2024-mg-by-nc+mg-by-os.png`: the same picture always gets the same name. */
export function matrixFileName(picture: MatrixPicture, extension = 'png'): string {
  const pair = picture.highlight.map((id) => shortId(id).toLowerCase()).join('+');
  return `modelgo-matrix-${picture.edition}${pair ? `-${pair}` : ''}.${extension}`;
}

/** Writes the PNG into `dir` (made if missing) and returns its path. */
export function writeMatrixImage(kb: KnowledgeBase, picture: MatrixPicture, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, matrixFileName(picture));
  writeFileSync(path, matrixPng(kb, picture));
  return path;
}

/** The answer with its picture written into `dir` and named in `image`; an answer without one passes as it is. */
export function withImageFile(answer: Answer, kb: KnowledgeBase, dir: string): Answer {
  return answer.picture ? { ...answer, image: writeMatrixImage(kb, answer.picture, dir) } : answer;
}
