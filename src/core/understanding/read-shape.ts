import type { ClauseId, Subject } from '../knowledge/schema.js';

/**
 * Question shapes that word statistics get wrong: asking for the whole table, asking what a term
 * means, talking to the bot rather than about licenses, and look-alikes that share our words ("merge
 * two git branches") but not our topic. They run on lower-cased text with license ids masked.
 */

/** "show me the compatibility table", "matrix for 2025", "which licenses can I merge?". */
const MATRIX =
  /compat\w* (table|matrix|chart|grid|image|picture|overview)|\b(see|show|view|display|send|give|draw)\b.{0,30}\b(table|grid|chart|matrix)\b|remix grid|\bmatrix\b|(table|chart|grid) of (remix |merge )?compatib|which (licenses|ones|mg licenses) (can|may) (i |be |you )?(merge|combin|mix|remix)|show (me )?(the )?(whole |full |entire )?(remix |compatibility )?(table|chart|grid)\b|remix table/;

/** Talking to the bot: what it is, what it does, thanks and goodbyes. */
const HELP =
  /^help[!.?]*$|^(who r u|wh?o are u|what can you do|what do you do|who are you|what are you|what('s| is) (this|this bot|modelgo[\s-]bot)( for)?|how (do|can) i use (you|this( bot)?)|what (can|should) i ask( you)?|are you a (bot|human|person))\b|^(thanks|thank you|thx|ty|cheers|great,? thanks|ok,? thanks|thanks a lot|much appreciated|that'?s all|bye|goodbye|see you|perfect,? thanks)\b[\s!.,]*(so much|a lot|again|that'?s all|bye|:\)|for (the|your) help)?[\s!.,]*$/;

/** Clearly outside licensing when no license is named. */
const LOOKALIKE = [
  /\b(git|branch(es)?|pull requests?|commits?|rebase|dicts?|dictionar(y|ies)|dataframes?|arrays?|lists?|json|pandas|numpy|spreadsheets?|excel|csv|pdfs?|videos?|photos?|folders?|tables in sql|sql tables)\b/,
  /\b(what('s| is| are)|explain|how does|how do)\b.{0,30}\b(mixture[\s-]of[\s-]experts|moe|model merging|weight averaging|knowledge distillation|distillation|fine[\s-]?tuning|lora|quantization|an ensemble|ensembling|voting classifier|stacking)( model| work| mean)?\b/,
  /^how (do|can|should) (i|you|we) (fine[\s-]?tune|train|run|install|deploy|quantize|distil+|merge|host|serve|download)\b/,
  /\b(better|faster|smarter|stronger) than\b|\bbetter (quality|results|performance|accuracy|outputs?)\b|\bwhich (merge |merging )?(method|technique|algorithm) (is|gives|works|should)\b|\bbenchmarks?\b|\baccuracy\b|\bwhich (model )?is (the )?best (at|for)\b/,
  /\b(keras|pytorch|tensorflow|numpy|pandas|sklearn|scikit|huggingface transformers|mergekit)\b/,
  /\b(time|weather|news|joke|stock|recipe)\b/,
];

/** Words that bring a look-alike back on topic. */
const LICENSING =
  /licen[cs]|legal|allowed|permitted|permission|\bmay i\b|\bcan i (legally|still|then)\b|\bmodelgo\b|mglicense|otherlicense|\bterms\b|comm?ercial|revoc|sublicen|attribut|copyleft/;

export function asksForMatrix(text: string): boolean {
  return MATRIX.test(text) && !/\bmeans?\b|\bwhy\b|how (do|does|to) (i |you )?read/.test(text);
}

/** A greeting before a question: "good morning! what's MG-BY-NC-RAI?" is the question. */
export const LEADING_GREETING =
  /^(hi+|hello+|hey+|hiya|yo|howdy|good (morning|afternoon|evening|day)|morning|evening)( there| all| everyone| folks| team)?[!,.:;\s]+(?=\S)/i;

export function isHelp(text: string): boolean {
  return HELP.test(text.replace(LEADING_GREETING, ''));
}

/** Licensing software, not models: "how do I license my python library under apache 2.0". */
const SOFTWARE = /\b(library|libraries|package|npm|pypi|software|codebase|source files|java files|python code|js code|website|app code)\b/;
const MODEL_WORDS = /\bmodels?\b|weights|checkpoint|modelgo|mglicense|\bmg\b|\bai\b/;

export function isLookalike(text: string, namesLicense: boolean): boolean {
  if (SOFTWARE.test(text) && !MODEL_WORDS.test(text)) return true;
  if (namesLicense && !/^how (do|can|should) (i|you|we)\b/.test(text)) return false;
  return LOOKALIKE.some((re) => re.test(text)) && !LICENSING.test(text.replace(/(other|unknown)license( \w+)?/g, ''));
}

const TERM_CUES: Array<[ClauseId, RegExp]> = [
  ['extracted-model', /extracted[\s-]models?/],
  ['non-commercial', /non[\s-]?commercial|\bnc\b (use|purpose)|commercial (use|purpose)s?\b/],
  ['derivative', /derivative/],
  ['distribution', /\bdistribut\w*|\bsharing\b/],
  ['licensed-materials', /licensed materials?/],
  ['third-party-materials', /third[\s-]party/],
  ['source-form', /source (code )?form|preferred (adaptable )?form|adaptable form/],
  ['output', /\boutputs?\b/],
];

const SUBJECT_CUES: Array<[Subject, RegExp]> = [
  ['distilled-model', /distil|\bstudent\b/],
  ['trained-on-output', /(train\w*|learn\w*) (\w+ ){0,4}(on|from) (the |its |their )?(\w+ )?(outputs?|generat|synthetic)|synthetic data/],
  ['quantized-model', /quantiz/],
  ['merged-model', /\bmerg/],
  ['fine-tune', /fine[\s-]?tun|finetun|\blora\b/],
  ['hosted-api', /\bapi\b|\bhost|\bserv(e|es|ing)\b|\bsaas\b|as a service|endpoint/],
  ['web-access', /\bweb\b|website|online|browser/],
  ['upload', /upload|hugging ?face|\bhub\b/],
  ['paid-service', /\bpaid\b|\bsell|subscription|charg/],
  ['internal-company', /\bcompany|\bcorporate|\bemployer|\bstartup|internal|in[\s-]house/],
  ['research', /research|academ|universit|thesis|paper/],
  ['education', /educat|teach|school|class(room)?|course/],
  ['personal', /personal|hobby|myself|at home/],
  ['training-data', /training data|datasets?|training set/],
  ['weights', /\bweights\b/],
  [
    'open-source-software',
    /open[\s-]?source (software|librar|packages?|code)|\b(pip|npm|pypi) (package|librar)|\bpackages?\b|\blibrar(y|ies)\b|(mit|apache|bsd|gpl)[\s-]licen[cs]ed/,
  ],
  ['code-docs', /\bcode\b|scripts|documentation|\bdocs\b/],
  ['generated-content', /generat\w*|content|images?|\btext\b/],
];

/** A question about what a term means, or whether something falls under it. */
const DEFINITION_SHAPE =
  /\bdoes ['"]?(distribution|derivative( materials?)?|output|licensed materials|non[\s-]?commercial)['"]? (include|cover|mean|extend to)\b|\bwhat (exactly )?(counts|qualifies|is considered|is treated|is meant) as\b|where('s| is) the line|what is meant by|part of (the )?['"]?(licensed materials|output|third[\s-]party)|\bwh?at('?s| exactly is| exactly are| is| are) (an? |the )?['"]?(extracted|derivative|licensed materials|third[\s-]party|non[\s-]?commercial|source|output|distribution)|\bwhat does .{0,40}\bmean\b|\bdefin(e|ed|es|ition)\b|\bmeaning of\b|\b(count|counts|qualify|qualifies|considered|treated|classed|classified) as\b|\b(considered|counted|treated|deemed) (an? )?(distribution|derivative|output)\b|\b(is|are|would) (an? |the |my |our )?[\w\s-]{1,90}? (an?|one of the|still an?|still) ['"‘’]?(derivative( material)?|extracted model|distribution|non[\s-]?commercial use|third[\s-]party materials?|licensed materials?)\b|^(is|are|would) [\w\s&'"-]{1,70}? ['"]?non[\s-]?commercial['"]?( use)?( under| in| for|\?|$)|\b(is|are) (still )?(an? )?['"]?derivatives?( materials?)?['"]?( under| in| for|\s*\?|$)/;

export interface TermReading {
  term: ClauseId;
  subject?: Subject;
}

export function readTerm(text: string): TermReading | undefined {
  if (!DEFINITION_SHAPE.test(text)) return undefined;
  const term = TERM_CUES.find(([, re]) => re.test(text))?.[0];
  if (!term) return undefined;
  // The subject is what is asked about, so the term's own words do not count ("derivative" is no fine-tune).
  const rest = text.replace(TERM_CUES.find(([id]) => id === term)![1], ' ');
  const subject = SUBJECT_CUES.find(([, re]) => re.test(rest))?.[0];
  return { term, subject };
}
