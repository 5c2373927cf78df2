import type { LicenseOption } from '../knowledge/schema.js';

export const OPTION_NAMES: Record<LicenseOption, string> = {
  BY: 'Attribution (BY)',
  NC: 'NonCommercial (NC)',
  ND: 'NoDerivatives (ND)',
  OS: 'OpenSource (OS)',
  SA: 'ShareAlike (SA)',
  RAI: 'ResponsibleAI (RAI)',
};
