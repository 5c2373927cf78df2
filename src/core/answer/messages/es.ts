import type { LicenseOption } from '../../knowledge/schema.js';
import { VERDICT_MARK as MARK } from '../words.js';
import type { Catalogue } from './catalogue.js';

const OPTION_NAMES: Record<LicenseOption, string> = {
  BY: 'Atribución (BY)',
  NC: 'No Comercial (NC)',
  ND: 'Sin Obras Derivadas (ND)',
  OS: 'Código Abierto (OS)',
  SA: 'Compartir Igual (SA)',
  RAI: 'IA Responsable (RAI)',
};

/** The license groups as answers name them; the data keeps the English value as its key. */

const GRANT_VALUES = {
  yes: 'Sí',
  no: 'No',
  'not-stated': 'No se indica',
  'auto-licensing': 'No: licencia automática',
  'n/a': 'No aplica',
} as const;

const NEEDS = {
  'no-commercial': 'sin uso comercial',
  'keep-open': 'que los derivados sigan abiertos',
  'no-derivatives': 'que no se compartan versiones modificadas',
  'prevent-misuse': 'evitar usos indebidos',
  credit: 'atribución de tu trabajo',
  'no-conditions': 'las mínimas condiciones posibles',
  'most-restrictive': 'el máximo control posible',
} as const;

const METHODS = {
  merge: 'fusión de los modelos en uno solo',
  average: 'promediado de pesos',
  fuse: 'fusión de modelos',
  concat: 'concatenación de capas',
  distill: 'destilación en un solo modelo',
  ensemble: 'un ensemble',
  vote: 'un ensemble por votación',
  stack: 'apilamiento (stacking)',
  moe: 'una mezcla de expertos (MoE)',
  pipeline: 'un pipeline',
} as const;

/** How answers name each object of a permission question. */
const OBJECTS = {
  model: 'el modelo',
  derivative: 'una versión ajustada (fine-tune) o modificada de otro modo',
  extracted: 'un modelo destilado a partir de él (o entrenado con su salida)',
  output: 'su salida',
  'output-dataset': 'su salida como conjunto de datos',
  'training-data': 'tus datos de entrenamiento',
} as const;

/**
 * How the editions are named in a sentence. The edition's `display` arrives from the data, in Spanish
 * once the data is translated; until then the English names are read here so a sentence stays Spanish.
 */
const DISPLAYS: Record<string, string> = {
  'Nov 2024 texts': 'textos de noviembre de 2024',
  '2025 revision': 'revisión de 2025',
  'May 2025 texts': 'textos de mayo de 2025',
  'Dec 2025 texts': 'textos de diciembre de 2025',
};
const shown = (display: string): string => DISPLAYS[display] ?? display;
/** The edition with its article: "los textos de noviembre de 2024", "la revisión de 2025". */
const the = (display: string): string => {
  const name = shown(display);
  return /^textos\b/i.test(name) ? `los ${name}` : /^revisi[oó]n\b/i.test(name) ? `la ${name}` : name;
};
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
/** "cuenta" or "cuentan", as the subject asks ("el modelo" / "los pesos", "el código y la documentación"). */
const counts = (subject: string): string => (/^(los|las) |\sy (el|la|los|las) /.test(subject) ? 'cuentan' : 'cuenta');

const options = (list: readonly LicenseOption[]): string => list.map((o) => OPTION_NAMES[o]).join(' y ');
const about = (id: string) => ({ label: `Sobre ${id}`, question: `¿Qué es ${id}?` });
const grantPair = (g: { revocable: keyof typeof GRANT_VALUES; sublicensable: keyof typeof GRANT_VALUES }) =>
  `revocable: ${GRANT_VALUES[g.revocable].toLowerCase()}; sublicenciable: ${GRANT_VALUES[g.sublicensable].toLowerCase()}`;

/** "MG-BY + MG-BY-NC", or "dos modelos MG-BY" when both have one license. */
const pair = (ids: string[]) => (ids.length === 2 && ids[0] === ids[1] ? `dos modelos ${ids[0]}` : ids.join(' + '));

export const es: Catalogue = {
  answer: {
    disclaimer: 'No es asesoría legal: rige el texto de la licencia.',
    source: (line) => `Fuente: ${line}`,
    clarifyOption: (n, question) => `${n}. ${question}`,
    detailsField: (label, value) => `• ${label}: ${value}`,
    detailsCitation: (label, url) => `${label}: ${url}`,
    assumed: (headline, { ids, edition, result }) =>
      `${headline} (${ids.join(' + ')}${result ? ', el resultado del que hablábamos' : ''}${edition ? `, textos de ${edition}` : ''})`,
    clause: (text, ref) => `${text} (${ref})`,
    yes: 'Sí',
    no: 'No',
    noOptions: 'ninguna',
    about,
    clarify: {
      title: '¿A qué te refieres?',
      headline: '¿A qué te refieres? La respuesta cambia según el caso:',
      source: (display) => `Licencias ModelGo (${shown(display)})`,
    },
  },

  citations: {
    license: (id, clause, display) => `${id}${clause ? ` ${clause}` : ''} (${shown(display)})`,
    faq: (question) => `FAQ de ModelGo: "${question}"`,
    modelSheet: 'Model Sheet',
    licenseText: 'texto de la licencia',
    compatibilityTable: (display) => `Tabla de compatibilidad de ModelGo (${shown(display)})`,
    grantTables: 'FAQ de ModelGo: "Concesión de licencias de patentes y de derechos de autor en ModelGo"',
    otherGrantTables: 'FAQ de ModelGo: tablas de concesiones de otras licencias',
    licenseTexts: (display, ref) => `Textos de las licencias ModelGo, ${shown(display)}${ref ? ` ${ref}` : ''}`,
    howToChoose: 'ModelGo: cómo elegir una licencia',
    site: 'Licencias ModelGo',
    licenseList: (display) => `Lista de licencias ModelGo (${shown(display)})`,
    modelSheets: (display) => `Model Sheets de ModelGo (${shown(display)})`,
    modelSheetsOf: (display) => `Model Sheets, ${shown(display)}`,
    sourceWithEdition: (label, display) => `${label}${display ? ` (${shown(display)})` : ''}`,
  },

  editions: {
    answeredFrom: (title, ids) => `Respondo según ${title}, la edición que incluye ${ids.join(' y ')}.`,
    rename: (from, to, later) => `${from} ${later ? 'pasó a ser' : 'era'} ${to}`,
    otherEdition: (display, renames, headline) => `En ${the(display)}${renames.length > 0 ? ` (donde ${renames.join(', ')})` : ''}: ${headline}`,
  },

  unknownLicense: {
    reason: (text, reason) => {
      switch (reason.kind) {
        case 'not-in-grant-tables':
          return `${text} no aparece en las tablas de concesiones de las FAQ de ModelGo, así que no tengo datos sobre esa licencia`;
        case 'version-1':
          return `${text} es una licencia ModelGo V1; solo conozco los textos 2.0 (noviembre de 2024 y la revisión de 2025)`;
        case 'not-an-option':
          return `"${reason.part}" no es una opción de ModelGo (BY, NC, ND, OS, SA, RAI)`;
        case 'no-combination':
          return `ninguna licencia ModelGo combina ${reason.options.join(', ')}`;
        case 'other-version':
          return `de esta familia solo conozco ${reason.known} (según las tablas de concesiones de las FAQ de ModelGo), no ${text.trim()}`;
        case 'not-in-edition':
          return `${text} no forma parte de ${reason.title}`;
      }
    },
    title: (text) => `No puedo responder sobre "${text}"`,
    headline: (reason) => `${reason}.`,
    closest: (ids) => `Lo más parecido que conozco: ${ids.join(', ')}.`,
  },

  missingLicense: {
    title: '¿A qué licencia te refieres?',
    known: (mg, others) => `Conozco ${mg.join(', ')} y, para las concesiones, también ${others.join(', ')}.`,
    example: 'Ejemplo',
    otherModel: (id) => `¿Qué licencia tiene el otro modelo? Por ejemplo: "¿Puedo fusionar ${id} con MG-BY-OS?"`,
    hints: {
      remix: '¿Qué licencias tienen los modelos? Por ejemplo: "¿Puedo fusionar MG-BY-NC con MG-BY-OS?"',
      license: '¿Qué licencia quieres que describa? Por ejemplo: "¿Qué es MG-BY-ND?"',
      grant: '¿De qué licencia es la concesión que te interesa? Por ejemplo: "¿MG-BY-NC es revocable?"',
      permission: '¿Con qué licencia se publica el modelo? Por ejemplo: "¿Puedo usar un modelo MG-BY-NC-ND con fines comerciales?"',
      compare: '¿Qué licencias quieres que compare? Por ejemplo: "MG-BY-NC vs. MG-BY-ND".',
      faq: '¿Qué tema de las FAQ te interesa?',
    },
  },

  intents: {
    remix: {
      example: '¿Puedo fusionar MG-BY-NC con MG-BY-OS?',
      button: { label: 'Compatibilidad de remezcla', question: (a, b) => `¿Puedo fusionar ${a} con ${b}?` },
    },
    license: { example: '¿Qué es MG-BY-ND?', button: { label: 'Resumen de la licencia', question: (a) => `¿Qué es ${a}?` } },
    grant: { example: '¿MG-BY-NC es revocable?', button: { label: '¿Revocable?', question: (a) => `¿${a} es revocable?` } },
    permission: {
      example: '¿Puedo usar un modelo MG-BY-NC-ND con fines comerciales?',
      button: { label: '¿Uso comercial?', question: (a) => `¿Puedo usar ${a} con fines comerciales?` },
    },
    definition: {
      example: '¿Qué cuenta como uso no comercial según MG-BY-NC?',
      button: { label: 'Definiciones', question: (a) => `¿Qué cuenta como uso no comercial según ${a}?` },
    },
    choose: {
      example: '¿Qué licencia debo usar para impedir el uso comercial?',
      button: { label: 'Elegir una licencia', question: () => '¿Qué licencia debería elegir?' },
    },
    compare: { example: 'Compara MG-BY-NC y MG-BY-ND', button: { label: 'Comparar', question: (a, b) => `Compara ${a} y ${b}` } },
    faq: {
      example: '¿Por qué no usar simplemente Creative Commons?',
      button: null,
    },
    matrix: {
      example: 'Muéstrame la tabla de compatibilidad',
      button: { label: 'Ver la tabla', question: () => 'Muéstrame la tabla de compatibilidad' },
    },
    help: { example: '¿Qué puedes hacer?', button: { label: '¿Qué puedes hacer?', question: () => '¿Qué puedes hacer?' } },
    unknown: { example: '¿Qué puedes hacer?', button: null },
  },

  remix: {
    method: METHODS,
    headline: (verdict, ids, result, method) => {
      switch (verdict) {
        case 'compatible':
          if (method === 'distill')
            return `${MARK.yes} Sí, puedes destilar ${ids[0] === ids[1] ? ids[0] : pair(ids)} en un modelo nuevo: usa ${result} como su licencia.`;
          return `${MARK.yes} Sí, ${pair(ids)} se pueden fusionar: usa ${result} como licencia del resultado.`;
        case 'cannot-share':
          return `${MARK.caution} Puedes fusionar ${pair(ids)} para tu propio uso, pero no puedes compartir el resultado, así que no se le aplica ninguna licencia.`;
        case 'incompatible':
          return `${MARK.no} No, ${pair(ids)} no se pueden fusionar y compartir: ninguna licencia ModelGo puede cubrir el resultado.`;
        case 'separable':
          return `${MARK.separable} Sí: con ${METHODS[method]}, cada modelo conserva su propia licencia (${pair(ids)}).`;
      }
    },
    title: (ids) => `Remezclar ${pair(ids)}`,
    reason: (r) => {
      switch (r.kind) {
        case 'exception':
          return r.explanation;
        case 'separate':
          return `Con ${METHODS[r.method]} los modelos siguen separados: no se crea ninguna obra combinada nueva y cada modelo conserva su propia licencia (${r.licenses.join(', ')}).`;
        case 'own-additions':
          return 'Lo que añadas tú, como los pesos del enrutador o de la red de compuerta (gating), puede llevar la licencia que elijas; eso no cambia las licencias de los modelos base.';
        case 'own-terms-apply':
          return `Los términos propios de cada modelo se siguen aplicando cuando ejecutas el sistema: por ejemplo, ${r.license} excluye el uso comercial de ese modelo.`;
        case 'keeps-options':
          return `El resultado debe conservar todas las opciones de sus modelos de origen (${r.options.join(', ')}): ModelGo permite añadir opciones en una remezcla, pero nunca quitarlas. ${r.license} es la licencia que tiene exactamente esas opciones.`;
        case 'table-compatible':
          return 'La tabla de compatibilidad oficial marca este par como compatible; la licencia resultante se deduce de la regla unidireccional de las FAQ (Permisiva → Condicional → Estricta) y de su ejemplo resuelto.';
        case 'copyleft':
          return `La opción ${OPTION_NAMES[r.option]} es copyleft, así que el modelo fusionado debe compartirse en forma de código fuente y con esa misma licencia.`;
        case 'no-derivatives':
          return `${r.licenses.join(' y ')} ${r.licenses.length > 1 ? 'llevan' : 'lleva'} la opción Sin Obras Derivadas (NoDerivatives), y un modelo fusionado es un derivado. Puedes crearlo y usarlo tú mismo, pero no puedes compartirlo, así que no se le puede aplicar ninguna licencia.`;
        case 'option-conflict':
          return `Ninguna licencia ModelGo combina ${OPTION_NAMES[r.a]} (de ${r.from}) con ${OPTION_NAMES[r.b]} (de ${r.other}), así que ninguna licencia puede cubrir el modelo fusionado.`;
        case 'follow-originals':
          return 'Aun así, puedes seguir los términos de cada licencia original para los derivados, pero el modelo fusionado no puede volver a licenciarse con ninguna licencia ModelGo.';
      }
    },
    extractedNote:
      'En los textos de diciembre de 2025, un modelo destilado a partir de la salida de otro modelo es un "Modelo Extraído" (Extracted Model), no un derivado (MG0 y MG-BY dejan esos modelos fuera de la licencia); aun así, el veredicto anterior sigue la tabla de compatibilidad oficial.',
    methodAssumed:
      'No indicaste cómo vas a combinarlos, así que supuse una fusión en un solo modelo (promediado de pesos, fusión de modelos o concatenación de capas). Los ensembles, la votación, el apilamiento (stacking), las mezclas de expertos y los pipelines, en cambio, mantienen la licencia de cada modelo.',
    fields: { method: 'Método', result: 'Resultado', edition: 'Edición' },
    methodValue: (method, assumed) => `${METHODS[method]}${assumed ? ' (supuesto)' : ''}`,
    separateResult: 'cada modelo conserva su licencia',
    noResult: 'no se aplica ninguna licencia',
    showTable: (display, ids) => ({
      label: 'Ver la tabla',
      question: `Muéstrame la tabla de compatibilidad de ${the(display)} para ${[ids.slice(0, 2).join(' y '), ...ids.slice(2)].join(' + ')}`,
    }),
    others: {
      title: 'Remezclar con una licencia que no es de ModelGo',
      headline: 'La tabla de compatibilidad de ModelGo solo cubre licencias ModelGo.',
      paragraph: (names) =>
        `${names.join(', ')} no es una licencia ModelGo, así que la tabla no puede decir si la combinación funciona. Sigue los términos propios de esa licencia para los derivados.`,
      howItWorks: { label: 'Cómo funciona la remezcla', question: '¿Qué ocurre si remezclo dos modelos con licencias MG?' },
    },
    faqLabel: 'FAQ de ModelGo: "¿Qué ocurre si remezclo dos modelos con licencias MG?"',
  },

  license: {
    title: (id, name) => `${id}: ${name}`,
    headline: (id, g, summary) => `${id} (${g}): ${summary}`,
    may: {
      'commercial-model': 'uso comercial',
      'share-derivatives': 'compartir derivados',
      'share-extracted': 'compartir modelos destilados',
      'share-output': 'compartir la salida',
    },
    must: {
      'keep-attribution': 'mantener la atribución',
      'indicate-changes': 'indicar los cambios',
      'disclose-source': 'publicar la forma de código fuente',
      'same-license': 'misma licencia para los derivados',
      'rai-restrictions': 'respetar las restricciones de uso',
      'output-dataset-notice': 'aviso de procedencia en conjuntos de datos de salida',
    },
    mark: (allowed, words) => `${allowed ? MARK.yes : MARK.no} ${words}`,
    mayLine: (marks, revocable, sublicensable) =>
      `Puedes: ${marks.join(' · ')} · revocable: ${GRANT_VALUES[revocable].toLowerCase()} · sublicenciable: ${GRANT_VALUES[sublicensable].toLowerCase()}`,
    mustLine: (duties) => `Debes: ${duties.length > 0 ? duties.join(' · ') : 'nada, aparte de transmitir la licencia'}`,
    fields: { revocable: 'Revocable', sublicensable: 'Sublicenciable' },
    revocable: '¿Revocable?',
    revocableQuestion: (id) => `¿${id} es revocable?`,
    commercial: '¿Uso comercial?',
    commercialQuestion: (id) => `¿Puedo usar modelos ${id} con fines comerciales?`,
    apply: (name, id) =>
      `Para aplicarla, pon el archivo LICENSE en el repositorio de tu modelo y declara "${name} (${id})" en el README o en la tarjeta del modelo (model card).`,
    other: {
      headline: (name, summary) => `${name}: ${summary}`,
      paragraph: (patent, copyright) =>
        `No es una licencia ModelGo. Concesión de patentes: ${grantPair(patent)}. Concesión de derechos de autor: ${grantPair(copyright)}.`,
    },
  },

  grant: {
    value: GRANT_VALUES,
    headline: (aspect, value, negative, id) => {
      const [plain, negated] = GRANT_HEADLINES[aspect][value](id);
      return negative ? negated : plain;
    },
    termination: {
      unknown: (name) => `${MARK.caution} Solo conozco las condiciones de terminación de las licencias ModelGo, no las de ${name}.`,
      yes: (name) => `${MARK.caution} Sí, la licencia ${name} puede terminarse.`,
      no: (name, display) => `${MARK.yes} No, la licencia ${name} no tiene cláusula de terminación en ${the(display)}.`,
    },
    separateFromRevocation: (irrevocable) =>
      `Eso es distinto de la revocación: la concesión es ${irrevocable ? 'irrevocable' : 'revocable'}, pero aun así la licencia termina en estas condiciones.`,
    combined: 'Las licencias ModelGo conceden conjuntamente los derechos de patente y de autor, así que la respuesta es la misma para ambos.',
    bothGrants: (patent, copyright) => `Concesión de patentes: ${patent}. Concesión de derechos de autor: ${copyright}.`,
    rightAssumed: 'No indicaste si te refieres a patentes o a derechos de autor, así que la respuesta breve sigue la concesión de derechos de autor.',
    noTrademarks: 'Ninguna licencia ModelGo concede derechos de marca.',
    title: (name, aspect) =>
      `${name}: ${aspect === 'revocable' ? '¿se puede revocar la concesión?' : aspect === 'sublicensable' ? '¿se puede sublicenciar?' : '¿se puede terminar la licencia?'}`,
    fields: { patent: 'Concesión de patentes', copyright: 'Concesión de derechos de autor' },
    describe: (revocable, sublicensable) => `revocable: ${GRANT_VALUES[revocable]}; sublicenciable: ${GRANT_VALUES[sublicensable]}`,
  },

  permission: {
    act: (acts, object, hosted) => {
      const what = OBJECTS[object];
      const sharing = acts.includes('share');
      const commercial = acts.includes('commercial');
      if (sharing && hosted) return `ofrecer ${what} como servicio alojado o API${commercial ? ' de pago' : ''}`;
      if (sharing && commercial) return `vender ${what}`;
      switch (acts[0]!) {
        case 'share':
          return `compartir ${what}`;
        case 'commercial':
          return `usar ${what} con fines comerciales`;
        case 'create':
          return object === 'extracted' ? 'destilar un modelo nuevo a partir de él' : 'crear derivados de él (ajustarlo, fusionarlo, adaptarlo)';
        case 'use':
          return `usar ${what}`;
        case 'relicense':
          return object === 'model' ? 'volver a licenciar el modelo con otros términos' : `licenciar ${what} con otros términos`;
        case 'keep-closed':
          return `mantener ${what} como código cerrado al compartirlo`;
        case 'own':
          return 'ser titular de los derivados que crees';
        case 'trademark':
          return 'usar las marcas del licenciante';
        case 'attribute':
          return object === 'model'
            ? 'mantener el aviso de atribución original al compartirlo'
            : object === 'output'
              ? 'citar el modelo en el contenido que genera'
              : `mantener el aviso de atribución al compartir ${what}`;
        case 'state-changes':
          return 'indicar qué cambiaste al compartir un derivado';
        case 'license-file':
          return `incluir una copia de la licencia al ${object === 'model' ? 'compartirlo' : `compartir ${what}`}`;
        case 'disclose-source':
          return `publicar la forma de código fuente (pesos, arquitectura, código) al ${object === 'model' ? 'compartirlo' : `compartir ${what}`}`;
        case 'same-license':
          return `licenciar ${object === 'model' ? 'los derivados' : what} con los mismos términos`;
        case 'dataset-notice':
          return 'añadir un aviso de procedencia al publicar su salida como conjunto de datos';
        case 'rai':
          return 'respetar las restricciones de uso de IA responsable';
      }
    },
    headline: ({ yes, value, duty, modality, negated, phrase, id }) => {
      const mark = yes ? MARK.yes : MARK.no;
      if (!duty) {
        if (modality === 'forbidden') return yes ? `${mark} Sí, ${id} lo prohíbe: no puedes ${phrase}.` : `${mark} No, ${id} no lo prohíbe: puedes ${phrase}.`;
        return value ? `${mark} Sí, con ${id} puedes ${phrase}.` : `${mark} No, con ${id} no puedes ${phrase}.`;
      }
      const rule = value ? `${id} te exige ${phrase}` : `${id} no te exige ${phrase}`;
      if (modality === 'optional' || (modality === 'can' && negated))
        return yes ? `${mark} Sí, puedes omitirlo: ${rule}.` : `${mark} No, no puedes omitirlo: ${rule}.`;
      return value ? `${mark} Sí, es obligatorio: ${rule}.` : `${mark} No, no es obligatorio: ${rule}.`;
    },
    licensorSide: (id, licensorOwns) =>
      licensorOwns
        ? `${MARK.caution} Sí, con ${id} los derechos sobre tus derivados pertenecen al licenciante.`
        : `${MARK.yes} No, con ${id} los derechos sobre tus derivados siguen siendo tuyos.`,
    unsettled: (display, phrase, id) => `${MARK.caution} En ${the(display)} no queda claro si con ${id} puedes ${phrase}.`,
    unclear: (id) => `No tengo claro a qué derecho u obligación te refieres, así que aquí tienes un resumen de ${id}.`,
    reason: (r) => {
      switch (r.kind) {
        case 'row':
          return `${r.fromText ? `El texto de ${r.id}` : 'Su Model Sheet'} (${shown(r.display)}) dice "${r.label}": ${r.marked ? 'sí' : 'no'}.`;
        case 'no-row':
          return `En ${the(r.display)} no hay ninguna fila de la Model Sheet ni cláusula que lo resuelva.`;
        case 'copyleft':
          return `${r.id} es copyleft: los derivados que compartas deben seguir con la propia licencia ${r.id}.`;
        case 'no-sharing-derivatives':
          return `${r.id} no da ningún derecho a compartir derivados, así que no hay nada que volver a licenciar.`;
        case 'vested-in-licensor':
          return 'En los textos de noviembre de 2024, los derechos sobre los derivados pertenecen al licenciante (§2.2), así que no te corresponde volver a licenciarlos.';
        case 'sublicensable':
          return `${r.id} ${r.sublicensable ? '' : 'no '}es sublicenciable.`;
        case 'no-trademark':
          return 'Ninguna licencia ModelGo concede derechos de marca.';
        case 'data-out-of-scope':
          return 'Los datos de entrenamiento y de evaluación no son Materiales Licenciados: la licencia no los alcanza (§1, "Licensed Materials").';
        case 'no-output-attribution':
          return 'La atribución cubre el modelo y sus derivados, no lo que genera; basta con indicar que el contenido puede estar generado por IA.';
        case 'non-commercial-purpose':
          return r.unsure ? `${r.rule} Que la investigación dentro de una empresa cuente o no depende de si busca una ventaja comercial.` : r.rule;
      }
    },
    hostedIsDistribution: 'Alojar un modelo u ofrecerlo a través de una API cuenta como distribuirlo (§1, "Distribution").',
    outputDatasetNotice: 'Un conjunto de datos con su salida necesita un aviso de procedencia cuando se comparte (§2.2(b)).',
    extracted: {
      derivative2024: 'En los textos de noviembre de 2024, un modelo destilado, o entrenado con la salida, es Material Derivado (Derivative Materials, §1).',
      ownRows: (display, ref) => `En ${the(display)}, un modelo destilado es un "Modelo Extraído" (Extracted Model, ${ref}), con sus propias filas.`,
    },
    clarifyOption: (id, phrase) => `¿Con ${id} puedo ${phrase}?`,
    clarifyHeadline: '¿A qué te refieres? El modelo original y una versión modificada tienen respuestas distintas:',
    title: (id, phrase) => `${id}: ¿puedes ${phrase}?`,
    field: (fromText, label) => `${fromText ? 'Texto de la licencia' : 'Model Sheet'}: ${label}`,
    all: (id) => ({ label: `Todo sobre ${id}`, question: `¿Qué es ${id}?` }),
  },

  definition: {
    term: {
      termination: 'terminación',
      'non-commercial': 'uso no comercial',
      derivative: 'Material Derivado (Derivative Materials)',
      'extracted-model': 'Modelo Extraído (Extracted Model)',
      distribution: 'distribución',
      output: 'salida (Output)',
      'licensed-materials': 'Materiales Licenciados (Licensed Materials)',
      'third-party-materials': 'materiales de terceros',
      'source-form': 'forma de código fuente (source form)',
    },
    subject: {
      'fine-tune': 'un modelo ajustado (fine-tune)',
      'merged-model': 'un modelo fusionado',
      'quantized-model': 'un modelo cuantizado',
      'distilled-model': 'un modelo destilado',
      'trained-on-output': 'un modelo entrenado con su salida',
      'hosted-api': 'ofrecerlo a través de una API',
      'web-access': 'ofrecerlo en la web',
      upload: 'subirlo para que otros lo usen',
      research: 'la investigación',
      education: 'la docencia y la educación',
      personal: 'el uso personal',
      'internal-company': 'el uso interno en una empresa',
      'paid-service': 'un servicio de pago',
      'commercial-product': 'un producto comercial',
      'generated-content': 'el contenido generado',
      model: 'el modelo',
      'code-docs': 'el código y la documentación',
      'training-data': 'los datos de entrenamiento',
      'open-source-software': 'el software de código abierto incluido',
      datasets: 'los conjuntos de datos',
      weights: 'los pesos',
    },
    unnamedTerm: 'ese término',
    title: (term) => `¿Qué cuenta como ${term}?`,
    undefined: (display, term) => `En ${the(display)} no hay ninguna definición de ${term}.`,
    where: (id, display) => (id ? `${id} (${shown(display)})` : the(display)),
    covers: (where, subject, term, yes) =>
      yes
        ? `${MARK.yes} Sí, según ${where}, ${subject} ${counts(subject)} como ${term}.`
        : `${MARK.no} No, según ${where}, ${subject} no ${counts(subject)} como ${term}.`,
    earlierTexts: (note, display, earlier) =>
      `${MARK.caution} ${note} Mis datos siguen ${the(display)} en su versión de diciembre de 2025, así que no doy ningún veredicto para ${the(earlier)}.`,
    unsettled: (display, subject, term) => `${MARK.caution} En ${the(display)} no queda claro si ${subject} ${counts(subject)} como ${term}.`,
    definedIn: (where, term, ref) => `Según ${where}, la definición de ${term} está en ${ref}:`,
    notDefinedBy: (id, term) => `${id} no tiene ninguna definición de ${term}.`,
  },

  choose: {
    need: NEEDS,
    needQuestion: {
      'no-commercial': '¿Qué licencia impide el uso comercial?',
      'keep-open': '¿Qué licencia mantiene los derivados como código abierto?',
      'no-derivatives': '¿Qué licencia impide que se compartan versiones modificadas?',
      'prevent-misuse': '¿Qué licencia evita el mal uso de mi modelo?',
      credit: '¿Qué licencia solo pide atribución?',
      'no-conditions': '¿Cuál es la licencia más permisiva?',
      'most-restrictive': '¿Cuál es la licencia más restrictiva?',
    },
    reason: (r) => {
      switch (r.kind) {
        case 'most-permissive':
          return `${r.license} es la licencia ModelGo más permisiva: casi sin condiciones, irrevocable y sublicenciable.`;
        case 'least-restrictive':
          return `${r.license} es la licencia ModelGo menos restrictiva con ${options(r.options)}; todas, salvo MG0, piden además atribución.`;
        case 'attribution-only':
          return `${r.license} solo pide atribución: que se conserven tus créditos y avisos, y que se indiquen los cambios en los derivados.`;
        case 'none-combines':
          return `Ninguna licencia ModelGo combina ${options(r.options)}; elige la necesidad que más te importe y te sugeriré la licencia adecuada.`;
      }
    },
    title: 'Elegir una licencia ModelGo',
    ask: 'Cuéntame qué te importa y elegiré la licencia menos restrictiva que encaje.',
    optionsList: (copyleft) =>
      `Las opciones: BY (atribución), NC (sin uso comercial), ND (no se comparten versiones modificadas), RAI (restricciones de uso) y ${copyleft} (los derivados siguen abiertos). MG0 no tiene ninguna.`,
    tip: 'Consejo del sitio de ModelGo: si aún no tienes claros tus planes, una licencia revocable te da más control; evita las opciones RAI si tu proyecto contiene código GPL.',
    pick: (id, needs) => `${MARK.yes} Elige ${id}: cumple lo que necesitas (${needs.map((n) => NEEDS[n]).join(', ')}).`,
    none: `${MARK.no} Ninguna licencia ModelGo cumple por sí sola todas estas necesidades.`,
    fields: { needs: 'Lo que necesitas', options: 'Opciones', group: 'Grupo' },
    needsValue: (needs) => needs.map((n) => NEEDS[n]).join('; '),
  },

  compare: {
    row: (d) => {
      switch (d.row) {
        case 'options':
          return 'Opciones';
        case 'group':
          return 'Grupo';
        case 'revocable':
          return 'Revocable';
        case 'sublicensable':
          return 'Sublicenciable';
        case 'sheet':
          return d.label;
      }
    },
    value: (d, side) => {
      switch (d.row) {
        case 'options':
          return d[side].join(', ') || 'ninguna';
        case 'group':
          return d[side];
        case 'revocable':
        case 'sublicensable':
          return GRANT_VALUES[d[side]];
        case 'sheet':
          return d[side] === true ? 'Sí' : d[side] === false ? 'No' : 'No se indica';
      }
    },
    stricter: (strictest, ranked, many) => `${strictest} es la más estricta${many ? ' de todas' : ''}: ${ranked.join(' > ')} (de más a menos restrictiva).`,
    differ: (ids, rows) => `${ids.join(' vs. ')}: difieren en ${rows === 1 ? 'una fila' : `${rows} filas`}; abajo tienes las principales.`,
    title: (ids) => ids.join(' vs. '),
    field: (ids, values) => values.map((v, i) => `${ids[i]}: ${v}`).join(' · '),
    paragraph: (label, value) => `${label}: ${value}`,
    summary: (id, summary) => `${id}: ${summary}`,
  },

  faq: {
    verdictOpening: /^(Sí|No)\b/,
    otherEdition: (display, answer) => `${capital(shown(display))}: ${answer}`,
    answering: (question, answer) => `${question} ${answer}`,
  },

  matrix: {
    headline: (table, highlight) => `Aquí tienes la ${lower(table)}${highlight.length > 0 ? `, con ${highlight.join(' y ')} resaltadas` : ''}.`,
    legend:
      '✅ compatibles (se muestra la licencia resultante) · ⚠️ se pueden fusionar, pero no compartir · ❌ incompatibles. Las remezclas separables (ensembles, MoE, pipelines) conservan cada licencia.',
    picture: {
      title: 'Compatibilidad de remezclas ModelGo',
      subtitle: (title) => `${title}: ¿se pueden fusionar en uno solo y compartir modelos con la licencia de la fila y la de la columna?`,
      compatible: 'Compatible: el modelo fusionado se puede compartir; el texto pequeño indica su licencia',
      cannotShare: 'No se puede compartir: Sin Obras Derivadas (ND) permite crear el modelo fusionado, pero no compartirlo',
      incompatible: 'Incompatible: ninguna licencia ModelGo puede cubrir el modelo fusionado',
      exception: 'Aquí la tabla oficial se aparta de la regla de opciones; el bot sigue la marca oficial',
      highlighted: (ids) => `Resaltadas: ${ids.join(' × ')}`,
      edition: (title, texts) => `Edición: ${title}; textos de las licencias: ${texts}.`,
      source:
        'Fuente: la tabla de compatibilidad oficial de ModelGo y sus FAQ (modelgo.li/learn-more/faq); las licencias resultantes siguen la regla unidireccional de las FAQ.',
      caption: (edition) => `Tabla de compatibilidad de remezclas ModelGo (edición ${edition})`,
    },
  },

  help: {
    title: '¡Hola! Soy el asistente de licencias ModelGo.',
    welcome: '¡De nada! Pregúntame lo que quieras sobre las licencias ModelGo.',
    capabilities:
      'Respondo preguntas sobre las licencias de modelos ModelGo (MG): remezclar dos modelos, qué permite o exige una licencia, si una concesión es revocable o sublicenciable, qué licencia se ajusta a lo que necesitas, definiciones, comparaciones y las preguntas frecuentes (FAQ) de ModelGo.',
    tryExamples: 'Pregunta con tus propias palabras o prueba uno de los ejemplos.',
    examples: [
      { label: 'Fusionar dos modelos', question: '¿Puedo fusionar MG-BY-NC con MG-BY-OS?' },
      { label: 'Resumen de la licencia', question: '¿Qué es MG-BY-ND?' },
      { label: '¿Revocable?', question: '¿MG-BY-RAI es revocable?' },
      { label: 'Elegir una licencia', question: '¿Qué licencia debo usar para impedir el uso comercial?' },
      { label: '¿Por qué no CC?', question: '¿Por qué no usar simplemente Creative Commons?' },
    ],
  },

  unknown: {
    empty: 'Tu mensaje estaba vacío.',
    tooLong: 'Ese mensaje es demasiado largo para leerlo con fiabilidad. Acórtalo a una sola pregunta de pocas frases.',
    tooManyLicenses: 'Ese mensaje menciona más licencias de las que puedo comparar a la vez. Pregunta por dos o tres cada vez.',
    unsureTitle: 'No tengo claro qué quieres decir',
    outsideTitle: 'Eso queda fuera de lo que sé',
    didYouMean: (questions) => `No tengo claro qué quieres decir. ¿Te refieres a ${questions.map((q) => `"${q}"`).join(' o ')}?`,
    outside: 'Eso queda fuera de lo que sé: solo respondo preguntas sobre las licencias de modelos ModelGo.',
  },

  notices: {
    rateLimited: 'Estás preguntando más rápido de lo que puedo responder. Espera un minuto y vuelve a intentarlo.',
    apology: 'Lo siento, algo falló mientras respondía. Vuelve a intentarlo en un momento.',
    thanks: {
      up: '¡Gracias por tu opinión!',
      down: 'Gracias por avisarme. La pregunta pasa a la lista que revisan los responsables del proyecto; reformularla, o nombrar las licencias, suele ayudar.',
    },
    staleButton: 'Ese botón ya no funciona. Vuelve a preguntarme.',
  },

  slack: {
    shortened: '… (abreviado; haz una pregunta más concreta para ver el resto)',
    sharedBy: (name) => `Compartido por ${name}`,
    share: 'Compartir en el canal',
    why: '¿Por qué?',
    home: 'Pregunta con `/modelgo`, menciona a @ModelGo en un canal o escríbeme en la pestaña Mensajes.',
    promptsTitle: 'Pregunta sobre las licencias ModelGo, por ejemplo:',
    detailsGone: 'Ya no tengo los detalles de esa respuesta (puede que me haya reiniciado). Vuelve a hacer la pregunta.',
    noText: 'Ese mensaje no tiene texto que yo pueda leer. Pregúntame con /modelgo.',
  },

  discord: {
    why: '¿Por qué?',
    post: 'Publicar en el canal',
    ask: 'Preguntar',
    postedBy: (mention) => `Publicado por ${mention}`,
    whyTitle: (title) => `Por qué: ${title}`,
    answerGone: 'Ya no tengo esa respuesta (puede que me haya reiniciado). Vuelve a hacer la pregunta.',
    noText: 'Ese mensaje no tiene texto que yo pueda leer. Pregúntame con /modelgo ask.',
    commands: {
      edition: 'Qué textos de ModelGo usar para responder',
      modelgo: 'Preguntas sobre las licencias de modelos ModelGo (MG)',
      ask: 'Pregunta lo que quieras sobre las licencias MG',
      question: 'Tu pregunta, con tus propias palabras',
      private: 'Solo tú ves la respuesta; después puedes publicarla en el canal',
      license: 'Mostrar el resumen de una licencia',
      name: 'Licencia, p. ej. MG-BY-ND',
      remix: '¿Se pueden combinar dos modelos con licencia MG y, si es así, con qué licencia?',
      first: 'Licencia del primer modelo',
      second: 'Licencia del segundo modelo',
      method: 'Cómo se combinan',
      faq: 'Una respuesta de las FAQ de ModelGo',
      topic: 'Empieza a escribir un tema',
      help: 'Qué puede responder este bot',
    },
  },

  console: {
    welcome: 'Asistente de licencias ModelGo. Pregunta sobre las licencias MG; escribe "help" para ver ideas, y "exit" o Ctrl-D para salir.',
  },
};

/** The first line of a grant answer for each table value: [plain question, negative question ("¿irrevocable?")]. */
const GRANT_HEADLINES: Record<'revocable' | 'sublicensable', Record<keyof typeof GRANT_VALUES, (id: string) => [string, string]>> = {
  revocable: {
    yes: (id) => [
      `${MARK.caution} Sí, el licenciante puede revocar la concesión de ${id}.`,
      `${MARK.caution} No, ${id} no es irrevocable: el licenciante puede revocar la concesión.`,
    ],
    no: (id) => [`${MARK.yes} No, la concesión de ${id} es irrevocable.`, `${MARK.yes} Sí, ${id} es irrevocable.`],
    'not-stated': (id) => [
      `${MARK.caution} ${id} no lo dice, y eso suele interpretarse como revocable.`,
      `${MARK.caution} ${id} no dice que sea irrevocable, y eso suele interpretarse como revocable.`,
    ],
    'auto-licensing': (id) => [
      `${MARK.caution} ${id} usa licencia automática (auto licensing): cada destinatario recibe la licencia directamente del licenciante original.`,
      `${MARK.caution} ${id} usa licencia automática (auto licensing): cada destinatario recibe la licencia directamente del licenciante original.`,
    ],
    'n/a': (id) => [`${id} no concede ese derecho.`, `${id} no concede ese derecho.`],
  },
  sublicensable: {
    yes: (id) => [`${MARK.yes} Sí, puedes sublicenciar ${id}.`, `${MARK.yes} No, ${id} es sublicenciable.`],
    no: (id) => [`${MARK.no} No, no puedes sublicenciar ${id}.`, `${MARK.no} Sí, ${id} no es sublicenciable.`],
    'not-stated': (id) => [`${MARK.caution} ${id} no dice si se puede sublicenciar.`, `${MARK.caution} ${id} no dice si se puede sublicenciar.`],
    'auto-licensing': (id) => [
      `${MARK.no} No, ${id} no permite sublicenciar, ni hace falta: cada destinatario recibe la licencia directamente del licenciante original (auto licensing).`,
      `${MARK.no} Sí, ${id} no es sublicenciable: cada destinatario recibe la licencia directamente del licenciante original (auto licensing).`,
    ],
    'n/a': (id) => [`${id} no concede ese derecho.`, `${id} no concede ese derecho.`],
  },
};
