import { compose } from '../src/core/answer/compose.js';
import { findLicenseMentions } from '../src/core/knowledge/license-mentions.js';
import { frameFor, kb } from './helpers.js';
const ask = (q: string, intent: any, extra: any = {}) => compose({ question: q, intent, confidence: 1, mentions: findLicenseMentions(q, kb), needs: [], alternatives: [], ...extra }, kb, '2024');
import { it } from 'vitest';
it('show', () => {
for (const [q, i, e] of [
 ['is MG-BY-RAI sublicensable?', 'grant', { aspect: 'sublicensable' }],
 ['is MG-BY-RAI sublicensable?', 'grant', { aspect: 'sublicensable', edition: '2025' }],
 ['can I share what MG-BY-ND generates?', 'permission', { permission: frameFor('share-output') }],
 ['can I merge MG-BY-NC with MG-BY-OS?', 'remix', {}],
 ['can I merge MG-BY-NC with MG-BY-SA?', 'remix', {}],
 ['merge MG-BY-ND and MG-BY-NC-ND', 'remix', {}],
 ['merge MG-BY-NC-ND and MG-BY-ND', 'remix', { edition: '2025' }],
 ['which license is non-commercial and keeps derivatives open?', 'choose', { needs: ['no-commercial', 'keep-open'] }],
 ['does MG-BY-SA need a provenance notice for an output dataset?', 'permission', { permission: frameFor('output-dataset-notice'), edition: '2025' }],
 ['can I share output of MG-BY-NC-ND?', 'permission', { permission: frameFor('share-output'), edition: '2025' }],
] as const) { const a = ask(q, i, e); console.log('###', q, a.verdict, '\n' + a.text + '\n--details--\n' + a.details); }
});
