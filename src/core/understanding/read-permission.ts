import { type Act, type ActObject, isDuty, type Modality, type PermissionFrame, type Purpose } from './permission-frame.js';

/**
 * Reads a permission question into a frame. Works on lower-cased text whose license ids are already
 * masked, so "mg-by-nc" never reads as the word "nc". Each lexicon lists the ways people say one thing;
 * the first matching reading wins where the order says so.
 */

/** The object, most specific first: a dataset of outputs before the outputs, a distilled model before a derivative. */
const OBJECT_CUES: Array<[ActObject, RegExp]> = [
  [
    'output-dataset',
    /(dataset|data set|corpus)\w*\b.{0,40}\b(outputs?|generat\w*|completions|responses)|(outputs?|generat\w*|completions|responses)\b.{0,40}\b(as|into|in) (a |one )?(dataset|data set|corpus)|provenance/,
  ],
  [
    'extracted',
    /distil|\bstudent\b|\bteacher\b|extracted model|(train|fine[\s-]?tun|learn)\w* .{0,40}\b(on|from|with) (the |its |their |his |her |those |these |an? )?(mglicense |\w+ )?(model'?s? )?(outputs?|generat\w*|synthetic|completions|responses)|synthetic data/,
  ],
  [
    'model',
    /unmodified|unchanged|untouched|\bas[\s-]is\b|verbatim|original (weights|model|checkpoint|files)|(weights|model|checkpoint) (exactly )?as (i|we) (got|downloaded|received) (it|them)/,
  ],
  ['training-data', /training (data|set|corpus)|(my|our|the) (training )?data ?sets?\b|\bdata i (trained|used)/],
  [
    'derivative',
    /fine[\s-]?tun|finetun|derivativ|(?<!un)modif(y|ied|ication)|\bmerged?\b|\badapt(ed|ation)?\b|\blora\b|quantiz|retrain|my (own )?version|\btweak|(?<!un)changed|further[\s-]train|continued pre-?train|built on top|based on/,
  ],
  ['output', /\boutputs?\b|generat(ed|ions?)|completions|responses|\bimages?\b|\btext it\b|\bcontent\b|\bresults\b|\bsamples\b|\bartwork|\bpictures?\b/],
];

const ACT_CUES: Array<[Act, RegExp]> = [
  [
    'relicense',
    /re-?licen[cs]|(under|with|to) (a |an )?(different|another|other|new|my own|own|proprietary|closed|permissive|custom) (license|licence|terms)|change (the |its )?(license|licence)|switch (the |its )?(license|licence)|\blicense (it|them) (differently|under)|\b(under|to|as) (an? |the )?(otherlicense )?(apache|mit|gpl|cc[\s-]by)\b/,
  ],
  [
    'keep-closed',
    /closed[\s-]?source|keep (\S+ ){0,6}?(closed|private|proprietary|secret|in-house only)\b|\bproprietary\b|without (releasing|publishing|disclosing|sharing|opening) (the |its |my )?(source|weights|code)/,
  ],
  ['trademark', /trademark|brand name|\blogo\b/],
  [
    'own',
    /\b(owns?|owning) (the|it|them|my|those|these|any|our|mglicense)\b|\bownership\b|who owns|belong(s)? to|rights? in (the |my )?(derivativ|fine|model)|\bvest/,
  ],
  ['dataset-notice', /provenance|notice\b.{0,50}\bdataset|dataset\b.{0,40}\bnotice/],
  [
    'state-changes',
    /(state|indicate|mark|document|note|describe|list|say|mention|explain|flag|log)\w* (what |which |the |my |any |all |that |their |your |our |his |her |its )?(i |they |we |you )?(changes?|changed|modif|edits)|changelog|modification notice/,
  ],
  [
    'license-file',
    /\blicen[cs]e (file|text)|copy of (the )?licen|(include|ship|provide|bundle|keep|add|pass on|distribute)\w* (a |the )?(copy of )?(the )?(mglicense )?licen[cs]e\b|\blicense\.txt/,
  ],
  ['attribute', /attribut|\bcredit|acknowledg|\bcite\b|citation|author'?s? name|copyright notice/],
  ['same-license', /same (license|licence|terms)|copyleft|share[\s-]?alike|under (the )?(same|identical) /],
  [
    'disclose-source',
    /open[\s-]?sourc|disclos\w* (the )?(source|code|weights)|source (code|form)|(?<!(n't|not|never|without|no) )(release|publish|provide|share)\w* (the |its |my )?(source|weights|training code|code)|adaptable form/,
  ],
  [
    'rai',
    /use restrictions?|restricted uses?|responsible[\s-]?ai|\brai\b (rules|restrictions|terms)|\bmisuse\b|annex b|prohibited uses|(restrictions?|rules) (apply|on how)/,
  ],
];

const SHARE =
  /\bshar(e|es|ed|ing)\b|distribut|redistribut|publish|releas|upload|\bpost(ing)?\b|put (it |them )?(up |out |online )|push\w* .{0,20}(hugging ?face|\bhf\b|hub|github)|give (it |them )?(away|out)|\bmirror|re-?host|make (it |them )?(public|available)|hand (it |them )?out|\bon hugging ?face|\bto (the )?public|\bput\b.{0,50}\bon (my |our |a |the |their )?(\w+ )?(blog|site|website|page|channel|twitter|x|instagram|youtube|github|hugging ?face|hub|internet|web)\b|pass (it |them )?(on|along|around)|send (it |them )?to/;
const HOST =
  /\bdemo\b|gradio|\bplayground\b|\bhost|\bserv(e|es|ed|ing)\b|\bapi\b|\bsaas\b|as a service|endpoint|deploy|web ?app|\bonline\b|inference service|chat ?bot|\bapp\b|website/;
const SELL = /\bsell|\bsold\b|resell|\bcharge\b|\bpaid\b|\blicen[cs]e fees?|for money|for a fee|subscription/;
const COMMERCIAL =
  /(?<!non[\s-]?)comm?ercial|monetiz|monetis|for[\s-]profit|make money|making money|revenue|\bbusiness|\bcompany\b|\bcompany's\b|\bcorporate|\bstartup|enterprise|\bproducts?\b|\bproduction\b|customers?|clients?|\bearn|\bprofit/;
const CREATE =
  /fine[\s-]?tun|finetun|(?<!un)modif|\badapt|\btrain|distil|\bmerge|derivativ|\bcreate|\bmake (a |my own )?(version|variant|derivative|model)|build|quantiz|\blora\b|retrain|extract/;
/** Uses the RAI restrictions forbid (Annex B of the Nov 2024 texts, 2.2 of the 2025 ones). */
const MISUSE =
  /fake (news|reviews?|accounts?|profiles?|ids?|identit\w*|documents?|evidence)|disinformation|misinformation|deepfake|\bfraud|\bscam|phishing|harass|impersonat|malware|defam|surveil|discriminat|exploit (minors|children|vulnerable)|spam|(fully )?automated (\w+ ){0,3}decisions?|asylum|immigration|law enforcement|predictive policing|medical advice|(replace|instead of|replacement for) (a |the )?(doctor|physician)|harm (minors|children)|obscene|threaten/;
const NOT_SHARING =
  /\b(never|not|without|no|won't|don't|do not|isn't|aren't)\s+(\w+\s+){0,2}?(shar|publish|releas|distribut|upload)\w*|only (use it |keep it )?(internally|in[\s-]house|for (myself|ourselves))/;
const LICENSOR_OWNS =
  /\b(licensor|they|the author|the original (author|owner|creator)|the publisher|nus|modelgo)\b.{0,20}\b(owns?|owning)\b|\bbelong(s)? to (the )?(licensor|author|publisher)|\bvest\w* (automatically )?(in|with|to) (the )?(licensor|author|original|publisher|them)|\b(licensor|author|publisher)\b.{0,15}\b(gets?|acquires?|takes?|keeps?|receives?|obtains?|has|holds?|end up with) (the )?(ownership|rights?|it|them|title)\b|\b(ownership|rights?|title)\b.{0,40}\b(go|goes|pass|passes|transfer\w*|belong\w*|revert\w*|vest\w*) (to|with|in) (the )?(original )?(licensor|author|publisher|creator)/;
const PRODUCT = /\bpaid\b|for[\s-]profit|\bproducts?\b|customers|revenue|monetiz|\bsell|subscription/;
const RESEARCH =
  /non[\s-]?comm?ercial|research|academ|\bstud(y|ies|ent project)|educat|teach|\bclass(room)?\b|universit|thesis|personal|hobby|non[\s-]?profit|experiment|\blearning purposes|just (for )?(fun|myself)|at home/;
const INTERNAL =
  /internal(ly)?|in[\s-]house|inside (my|our|the) (company|org)|within (my|our|the) (company|org|team)|at (my|our) (company|job|work|employer|firm)/;

/** "is it copyleft?", "is mg-by-os a share-alike license?": the license's duty asked as a property. */
const COPYLEFT_PROPERTY = /\b(is|are) (mglicense|it|this|that|the (license|licence)) (really |actually |also )?(an? )?(copyleft|share[\s-]?alike|viral)\b/;

/** "not making money", "free of charge": the user rules commercial use out. */
const NOT_COMMERCIAL =
  /\b(not|no|never|without|isn't|aren't|won't|don't|doesn't)\s+(\w+\s+){0,2}?(making|make|makes|earning|earn|charging|charge|for)\s+(any\s+)?(money|profit|revenue|a fee)\b|\bnot for (profit|money|sale)\b|\bfree of charge\b/g;

/** "if I add a provenance notice", "as long as I credit them": a duty offered as the condition of an act. */
const CONDITION = /\b(if|as long as|provided|so long as) (i|we) (add|include|put|give|attach|keep|mark|state|credit|cite|ship|provide)\b.*$/;

/** Modal and negation words. Grammatical negation of the question itself is folded away first. */
const GRAMMATICAL_NEGATION =
  /\b(don't|dont|do not|doesn't|does not|didn't|isn't|is not|aren't|are not|won't|wouldn't)\s+(i\s+|we\s+|you\s+)?(really\s+)?(have to|has to|need to|needs to|required|requires|require|allow|allows|permit|permits|let|lets)\b|\b(do|does|is|are) (i|we|you|it|that) not (have to|need to|required|allowed)\b/g;
/** "does not forbid" asks whether something is allowed. */
const NOT_FORBIDDEN = /\b(doesn't|does not|don't|do not|isn't|is not|not|never)\s+(forbid|prohibit|ban)\w*/g;
const FORBIDDEN =
  /\b(is|are|be) (\w+ ){0,4}restricted\b|forbid|prohibit|\bbann?(ed)?\b|disallow|illegal|against the (license|licence|rules|terms)|off[\s-]limits|not permitted to\b.{0,5}$/;
const OPTIONAL = /optional|not (required|mandatory|necessary|obligatory|needed)|\bunnecessary|(can|could|may) (i )?(skip|omit|leave out)/;
const MUST =
  /\bmust\b|\bforc(e|es|ed)\b|have to|has to|need to|needs to|\brequir|obliged|oblig|mandatory|necessary|should (i|we)\b|supposed to|do (i|we) (still )?(need|have)|\bapply\b|\bapplies\b|bound by/;
const ACT_NEGATION =
  /\b(not|never|without|no longer)\s+(\w+\s+){0,2}?(credit|attribut|includ|publish|releas|disclos|open|keep|stat|mention|ship|provid|giv|shar|document|indicat|mark|us(e|ing) the same|licens|cit)|\b(drop|dropp|remov|strip|skip|omit|delet|leave out|get rid of|hid(e|ing)|eras|take out|cut out|remove)\w*/;

function firstMatch<T>(table: Array<[T, RegExp]>, text: string): T | undefined {
  return table.find(([, re]) => re.test(text))?.[0];
}

/** Reads the frame of a permission question, or nothing when no act is named. */
export function readPermission(masked: string): PermissionFrame | undefined {
  const text = masked
    .replace(NOT_COMMERCIAL, ' noncommercial ')
    .replace(NOT_FORBIDDEN, ' allow ')
    .replace(GRAMMATICAL_NEGATION, (_m, _a, _b, _c, modal: string) => ` ${modal} `);
  const cueObject = firstMatch(OBJECT_CUES, text);
  const duty0 = firstMatch(ACT_CUES, text);
  // Ownership is only ever in question for what the user made: "do I own it?" asks about the derivative.
  const object: ActObject = cueObject ?? (duty0 === 'own' ? 'derivative' : 'model');
  const hosted = HOST.test(text);
  const negated = ACT_NEGATION.test(text);
  const duty = duty0;
  const purpose = readPurpose(text);
  const modality = readModality(text);
  const base = { object, objectNamed: cueObject !== undefined, modality, negated, purpose, hosted };
  if (duty === 'same-license' && COPYLEFT_PROPERTY.test(text)) return { ...base, acts: [duty], modality: 'must', property: true };
  if (duty === 'own' && LICENSOR_OWNS.test(text)) return { ...base, acts: [duty], licensorSide: true };
  // "keep my fine-tune private and never share it": nothing is handed over, so no duty of sharing applies.
  const privateOnly = duty === 'keep-closed' && NOT_SHARING.test(text);
  // "can I publish the outputs if I add a notice?": the duty is the condition offered, the act is the sharing.
  const offered = duty !== undefined && isDuty(duty) && CONDITION.test(text) && SHARE.test(text.replace(CONDITION, ' '));
  if (duty && !privateOnly && !offered) return { ...base, acts: [duty] };

  if (MISUSE.test(text)) return { ...base, acts: ['use'], purpose: 'misuse' };
  const acts: Act[] = [];
  const selling = SELL.test(text);
  // "never sharing it", "not publishing them": the user rules the sharing out.
  const sharing = (SHARE.test(text) && !NOT_SHARING.test(text)) || hosted || selling;
  // Selling output is commercial use of the output; selling a model also hands it over.
  if (sharing && !(object === 'output' && !SHARE.test(text))) acts.push('share');
  if (selling || COMMERCIAL.test(text) || purpose === 'commercial') acts.push('commercial');
  if (acts.length === 0 && CREATE.test(text) && object !== 'model' && object !== 'output') acts.push('create');
  if (acts.length === 0 && CREATE.test(text) && object === 'model') return { ...base, object: 'derivative', acts: ['create'] };
  if (acts.length === 0 && (purpose || /\b(use|using|run|running|deploy|try|test|play with|evaluate|benchmark)\b/.test(text))) acts.push('use');
  if (acts.length === 0) return undefined;
  // "must I release …?" asks about a duty to publish, which is the source-disclosure duty.
  if (modality === 'must' && acts.length === 1 && acts[0] === 'share' && object !== 'output') {
    return { ...base, acts: [object === 'output-dataset' ? 'dataset-notice' : 'disclose-source'] };
  }
  return { ...base, acts };
}

function readModality(text: string): Modality {
  if (FORBIDDEN.test(text)) return 'forbidden';
  if (OPTIONAL.test(text)) return 'optional';
  if (MUST.test(text)) return 'must';
  return 'can';
}

function readPurpose(text: string): Purpose | undefined {
  // Research for a paid product is commercial, whatever the team is called.
  if (PRODUCT.test(text)) return 'commercial';
  const research = RESEARCH.test(text);
  const internal = INTERNAL.test(text);
  if (research && (internal || /\b(company|corporate|employer|firm|startup)\b/.test(text))) return 'internal-company';
  if (research) return 'noncommercial';
  if (COMMERCIAL.test(text) || SELL.test(text)) return 'commercial';
  if (internal) return 'internal-company';
  return undefined;
}

/** How a follow-up names each object in the reading text ("what about just the outputs?"). */
const OBJECT_PHRASES: Record<ActObject, string> = {
  model: 'the original model',
  derivative: 'a fine-tuned version',
  extracted: 'a model distilled from it',
  output: 'its outputs',
  'output-dataset': 'its outputs as a dataset',
  'training-data': 'my training data',
};

/** The object a message names, if it names one. */
export function objectIn(text: string): ActObject | undefined {
  return firstMatch(OBJECT_CUES, text);
}

/** The question about another object: the words that named the old one give way to the new one's. */
export function withObject(question: string, object: ActObject): string {
  const lower = question.toLowerCase();
  const spans = OBJECT_CUES.flatMap(([, re]) => {
    const m = re.exec(lower);
    return m ? [{ start: m.index, end: m.index + m[0].length }] : [];
  }).sort((a, b) => a.start - b.start);
  const phrase = OBJECT_PHRASES[object];
  const first = spans[0];
  if (!first) return `${question.replace(/[?!.\s]+$/, '')} ${phrase}?`;
  // Whole words only: "fine-tun" stands for "fine-tuned version".
  const start = question.slice(0, first.start).search(/[\w-]*$/);
  const end = first.end + (question.slice(first.end).match(/^[\w-]*/)?.[0].length ?? 0);
  return `${question.slice(0, start)}${phrase}${question.slice(end)}`;
}
