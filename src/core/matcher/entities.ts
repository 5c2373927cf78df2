import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Edition, PermissionAction } from '../knowledge/schema.js';
import type { Need } from '../rules/choose.js';
import type { GrantAspect, GrantRight } from '../rules/grant.js';
import { isSeparable, type RemixMethod } from '../rules/remix.js';
import { earlierTextsNamed, editionNamed } from '../understanding/read-edition.js';

/**
 * Keyword cues the rules engine needs besides the licenses. Each table is tried in order and the first
 * match wins, so the more specific readings come first ("mixture of experts" before "mixing").
 */
const METHODS: Array<[RemixMethod, RegExp]> = [
  ['moe', /\bmoe\b|mixture[\s-]+of[\s-]+experts?|\brouter\b|\bgating\b|\bexperts?\b/],
  ['vote', /\bvot(e|es|ed|ing)\b|majority/],
  ['ensemble', /\bensembl/],
  ['pipeline', /\bpipelin|\bchain(ed|ing)?\b|\bcascad|\bfeed(s|ing)? (the )?output/],
  ['concat', /concat|\bstitch|layers?[\s-](stack|splic)|frankenmerge|(stack|splic)\w* (the |their )?layers/],
  ['stack', /\bstack(ing|ed)?\b(?! (the |their )?layers)/],
  ['distill', /\bdistil/],
  ['fuse', /\bfus(e|ed|es|ing|ion)\b/],
  ['average', /averag|\bsoup|\bslerp\b|interpolat|task arithmetic|\bties\b|\bdare\b/],
  ['merge', /\bmerg|\bmix(ed|ing|es)?\b|\bcombin|\bblend|\bmash|\bjoin/],
];

const ACTIONS: Array<[PermissionAction, RegExp]> = [
  ['output-dataset-notice', /provenance|(output|generated)\w*.{0,40}\bas (a )?data ?set/],
  [
    'disclose-source',
    /open[\s-]?sourc|closed[\s-]?sourc|disclos|source[\s-]?code|source form|publish (the |my )?(weights|code|source)|release (the |my )?(weights|code|source)/,
  ],
  ['same-license', /same (license|terms)|re-?licens|copyleft|different license|another license|other license|license (it|them|my \w+) under/],
  ['indicate-changes', /(indicate|state|mark|document|note|describe|list|say)\w* (what |which |the |my |any )?(i )?(changes|changed|modif)/],
  ['keep-attribution', /attribut|credit|acknowledg|notice|\bcite\b/],
  ['provide-license', /(include|ship|provide|bundle|keep)\w* (a |the )?(copy of (the )?)?licen[cs]e (file|text)|copy of (the )?licen[cs]e/],
  ['rai-restrictions', /restrict|responsible|misuse|prohibit|banned|forbidden use|use polic|ethic|annex b/],
  [
    'commercial-output',
    /(commercial|sell|monetiz|profit|paid|money|revenue|business)\w*.{0,50}(output|generat|content|images?|text|completions)|(output|generat|content|images?|completions)\w*.{0,50}(commercial|sell|monetiz|profit|paid|money|revenue|business)/,
  ],
  [
    'commercial-derivatives',
    /(commercial|sell|monetiz|profit|paid|money|revenue|business)\w*.{0,50}(derivativ|fine[\s-]?tun|modified|merged|adapted)|(derivativ|fine[\s-]?tun|modified|merged|adapted)\w*.{0,50}(commercial|sell|monetiz|profit|paid|money|revenue)/,
  ],
  [
    'commercial-model',
    /commercial|\bsell|monetiz|for[\s-]profit|\bpaid\b|\bsaas\b|\bbusiness|\bcompany|startup|revenue|make money|\bproduct(ion)?\b|\bcustomers?\b/,
  ],
  [
    'share-output',
    /(shar|distribut|publish|post|releas|upload|redistribut|give away)\w*.{0,50}(output|generat|content|images?|completions|results)|(output|generat|content|images?|completions)\w*.{0,50}(shar|distribut|publish|post|releas|upload)/,
  ],
  [
    'share-derivatives',
    /(shar|distribut|publish|releas|upload|redistribut|push|put)\w*.{0,60}(fine[\s-]?tun|derivativ|(?<!un)modif|merged|adapt|lora|quantiz|my version|changed|tweaked|retrain)|(fine[\s-]?tun|derivativ|(?<!un)modif|merged|adapt|lora|quantiz|tweaked|retrain)\w*.{0,60}(shar|distribut|publish|releas|upload|hugging ?face|\bhf\b)/,
  ],
  ['share-verbatim', /\bshar|distribut|redistribut|upload|mirror|re-?host|\bpublish|\bcop(y|ies)/],
  ['create-derivatives', /fine[\s-]?tun|(?<!un)modif|derivativ|\badapt|retrain|quantiz|lora/],
];

const SEVERAL_MODELS = /\b(two|2|three|both|another|other|each|several|multiple|pair|itself|themselves|models|checkpoints|fine-?tunes|variants)\b/;

/** Wishes a publisher states when choosing a license; each is read with its own negations. */
const NEED_CUES: Array<[Need, RegExp]> = [
  [
    'no-commercial',
    /money[\s-]?making|(no|non|not|prevent|stop|block|forbid|without|avoid|restrict|ban|prohibit|disallow|exclude)\w*[\s-]+(\w+[\s-]+){0,3}(comm?ercial|monetiz)|(n't|not|never|nobody|no one|no-one)\b.{0,30}(commercial|for profit|for money|making money|make money|profit|sell|monetiz)|noncommercial|research[\s-]only|academic[\s-]only|(no one|nobody|anyone|others|people|companies|corporations)\b.{0,30}(sell|profit|make money|making money|monetiz|cash in)|(don't|do not|dont|never) (let|allow|want) .{0,30}(sell|profit|money|commercial)/,
  ],
  [
    'keep-open',
    /stay open|remain open|keep\w* (\w+ ){0,3}open|be open|open[\s-]?sourc|copyleft|share[\s-]?alike|give back|disclose|source (code )?(available|public)|same (terms|license|licence|conditions)|under the same|reciprocal/,
  ],
  [
    'no-derivatives',
    /no (sharing of )?(modified|derivativ|modif|changes|altered)|(n't|not|never) (want|like|allow|let) (\w+ ){0,3}(derivativ\w*|modifi\w*|fine[\s-]?tunes?|modified versions?|changed versions?) (\w+ ){0,2}(shared|distributed|published|released|floating|out there)|(forbid|ban|prohibit|block|prevent|disallow|stop)\w* (\w+ ){0,2}(modifications?|derivatives?|modified versions?|changes|fine[\s-]?tunes?) (from )?(being |to be )?(shared|distributed|published|released|redistributed)|proprietary|verbatim|unmodified|(not|n't|never) (be )?(modif|changed|altered|fine[\s-]?tun)|no[\s-]derivativ|(nobody|no one|no-one|not|never|n't|forbid|ban|prevent|stop)\b.{0,40}(shar|redistribut|pass\w* (it |them )?around|distribut|publish|releas|upload)\w*.{0,25}(modif|fine[\s-]?tun|deriv|chang|tweak|version|adapt)|(modif|fine[\s-]?tun|deriv|chang|tweak)\w*.{0,40}(never|not|n't|nobody|no one)\b.{0,20}(shar|redistribut|pass|distribut|publish|releas)|(n't|not|never|no)\b.{0,25}\b(modif|changed|altered|tweaked|fine[\s-]?tun)\w* (copies|versions|models|variants)?\s?(\w+ )?(shar|distribut|publish|releas|out there|floating)/,
  ],
  [
    'prevent-misuse',
    /misuse|abus|harm|responsib|ethic|\brai\b|bad actors|malicious|weapon|dangerous|deepfake|fraud|scam|harass|impersonat|disinformation|misinformation|surveillance|discriminat|illegal use|evil/,
  ],
  ['credit', /attribut|credit|acknowledg|\bcite|citation|recogni[sz]|my name/],
  [
    'no-conditions',
    /permissive|(no|zero) (conditions|restrictions|strings|rules|limits)|however they (like|want)|(max(imum)?|most|full|total|complete) freedom|as (free|open) as possible|(free|freedom) (for users )?to do anything|public domain|anything they (want|like)|whatever they (want|like)|most open|freest|least restrictive|fewest (conditions|restrictions)|(no|zero) (rules|obligations|conditions)|no strings attached|don't care (what|how)|do what(ever)? they/,
  ],
  [
    'most-restrictive',
    /most (restrictive|strict|stringent|protective|locked)|strictest|as (restrictive|strict) as possible|maximum (control|protection)|lock (it )?down/,
  ],
];

/** A need the message names only to refuse it: "I don't care about credit", "commercial use is fine". */
const NEED_REFUSALS: Partial<Record<Need, RegExp>> = {
  credit:
    /(don't|do not|dont|doesn't|does not|won't|no) (really )?(care|need|want|mind|require|ask)\w* (about |for |any )?(being |getting )?(credit|attribut|acknowledg)|no (need for |)(credit|attribution)|without (any )?(credit|attribution)|(credit|attribution) (is|isn't|doesn't) (not )?(needed|necessary|important|required|matter)|not even (credit|attribution)|(don't|do not|dont) (even )?(have|need) to credit/,
  'no-commercial':
    /commercial (use )?(\w+ ){0,2}(i )?(don't|do not|dont) (mind|care)|not against (\w+ ){0,2}commercial|(no problem|fine|ok|okay|happy) with (\w+ ){0,2}(commercial|selling|monetiz)|(?<!(n't|not|never|nor)( \w+){0,2} )\b(let|allow|permit)\w* (others |people |anyone |everyone |users |them |companies )?(to )?(commerciali[sz]|sell|monetiz|make money|profit|use it commercially)|(don't|do not|dont) mind (\w+ ){0,2}commercial|(?<!\b(no|non|not) )commercial (use )?(is )?(fine|ok|okay|allowed|welcome)|(fine|ok|okay|happy) with (\w+ ){0,2}commercial|(?<!(n't|not|never)( \w+){0,2} )allow\w* commercial|(can|may) (use it )?commercial|commercial use (of it )?is fine|sell it if they want|(not|n't) (want|wish|need) to (restrict|limit|block|prevent|forbid|stop|ban|prohibit|disallow|rule out|exclude) (\w+ ){0,3}commercial/,
  'prevent-misuse': /(don't|do not|dont|no) (really )?(need|want|care about) (any )?(misuse|rai|use[\s-]restriction|responsible)/,
  'no-derivatives':
    /((don't|do not|dont) mind|\b(fine|ok|okay|happy) with|not against|no problem with|\bwelcome\b|(?<!(n't|not|never|nor)( \w+){0,2} )\b(let|allow|permit)\w*)\b.{0,40}(shar|distribut|publish|releas|modif|deriv|fine[\s-]?tun|version)|\b(people|others|anyone|everyone|they|users|folks|ppl) (can|may|are free to|should be able to) (\w+ ){0,2}(shar|distribut|publish|releas|redistribut)/,
};

/** The needs a message refuses outright, so a conversation can drop them from what it gathered. */
export function refusedNeeds(lower: string): Need[] {
  return (Object.keys(NEED_REFUSALS) as Need[]).filter((need) => NEED_REFUSALS[need]!.test(lower));
}

/** Reads which needs the message states, leaving out the ones it refuses. */
function readNeeds(lower: string): Need[] {
  // Each clause says its own wish: "no commercial use, but people can share their fine-tunes".
  const clauses = lower.split(CLAUSE_BREAK);
  const stated = (need: Need, re: RegExp) => clauses.some((c) => re.test(c) && !NEED_REFUSALS[need]?.test(c));
  return NEED_CUES.filter(([need, re]) => stated(need, re))
    .map(([need]) => need)
    .concat(NEED_REFUSALS.credit?.test(lower) ? ['no-conditions'] : [])
    .filter((need, i, all) => all.indexOf(need) === i);
}

/** Where one wish ends and the next begins. */
const CLAUSE_BREAK =
  /\bbut\b|\bhowever\b|\bwhile\b|\balthough\b|\bthough\b|;|,? and (?=i\b|i'm\b|people\b|they\b|others\b|no\b|not\b|anyone\b|nobody\b)|,\s*(?=i\b|i'm\b)/;

export interface Entities {
  method?: RemixMethod;
  right?: GrantRight;
  aspect?: GrantAspect;
  action?: PermissionAction;
  needs: Need[];
  edition?: Edition;
  earlierTexts?: string;
  /** "two MG-BY models", "both", "checkpoints": more than one model, so one id can stand for all of them. */
  severalModels: boolean;
}

/** Reads the non-license cues from a message. `lower` is the lower-cased message. */
export function readEntities(lower: string, kb: KnowledgeBase): Entities {
  const needs = readNeeds(lower);
  return {
    method: firstMatch(METHODS, lower),
    right: /patent/.test(lower) ? 'patent' : /copyright/.test(lower) ? 'copyright' : undefined,
    aspect: /sub-?licen[cs]/.test(lower)
      ? 'sublicensable'
      : /terminat|\bend (the|my|your|a|this) licen|licen[cs]e (end|stop)|\b(violat|breach|break|breaking|broke|infring)\w* (the |my |its |this |a |an )?(mg[\w-]*|licen[cs]e|terms|rules)|(don't|do not|fail to) (follow|comply|respect) (with )?(the |its )?(mg[\w-]*|licen[cs]e|terms)|lose (the |my )?(licen[cs]e|rights)/.test(
            lower,
          )
        ? 'terminable'
        : /revo[ck]|yank|take (it |the \w+ )?back|withdraw|pull (the|my|their) licen|cancel/.test(lower)
          ? 'revocable'
          : undefined,
    action: firstMatch(ACTIONS, lower),
    needs: mainNeeds(needs),
    edition: editionNamed(lower, kb),
    earlierTexts: earlierTextsNamed(lower, kb),
    severalModels: SEVERAL_MODELS.test(lower),
  };
}

/**
 * Any real restriction outranks "credit" (every restrictive license carries BY anyway) and "as few
 * conditions as possible"; between those two, asking for credit is the more specific wish.
 */
function mainNeeds(needs: Need[]): Need[] {
  if (needs.includes('most-restrictive')) return ['most-restrictive'];
  const strong = needs.filter((n) => n !== 'credit' && n !== 'no-conditions');
  if (strong.length > 0) return strong;
  return needs.includes('credit') ? ['credit'] : needs;
}

/** "in the 2025 version", "under the Nov 2024 texts": which edition, not what is asked. */
const EDITION_PHRASE =
  /\b(?:(?:in|under|for|per|according to|with)\s+)?(?:the\s+)?(?:nov(?:ember)?\s+|may\s+|dec(?:ember)?\s+)?(?:\d{4}|newer|latest|current|original|older|revised)\s+(?:version|edition|texts?|revision|release)s?\b/gi;

/** The message without its edition phrase, so the classifier reads only the question. */
export function withoutEditionPhrase(text: string): string {
  return text.replace(EDITION_PHRASE, ' ');
}

function firstMatch<T>(table: Array<[T, RegExp]>, text: string): T | undefined {
  return table.find(([, re]) => re.test(text))?.[0];
}

/** Feature tokens that tell the classifier which kinds of cue the message holds. */
export function entityFeatures(e: Entities, licenseCount: number, otherCount: number): string[] {
  const f: string[] = [];
  if (licenseCount === 1) f.push('__one_license__');
  if (licenseCount >= 2) f.push('__two_licenses__');
  if (otherCount > 0) f.push('__other_license__');
  if (e.method) f.push(isSeparable(e.method) ? '__separable_method__' : '__merge_method__');
  if (e.aspect) f.push(`__${e.aspect}__`);
  if (e.right) f.push('__right__');
  if (e.action) f.push('__action__');
  if (e.needs.length > 0) f.push('__need__');
  return f;
}
