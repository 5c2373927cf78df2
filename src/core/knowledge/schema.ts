import { z } from 'zod';

/**
 * The shape of everything under `data/`. Loading happens at the edge (src/runtime); the core only ever
 * sees values that passed these schemas.
 */

/** Which set of ModelGo texts a fact belongs to: "2024" = the nine Nov 2024 texts, "2025" = the eight-license revision. */
export const EditionSchema = z.enum(['2024', '2025']);
export type Edition = z.infer<typeof EditionSchema>;

export const OptionSchema = z.enum(['BY', 'NC', 'ND', 'OS', 'SA', 'RAI']);
export type LicenseOption = z.infer<typeof OptionSchema>;

export const GroupSchema = z.enum(['Permissive', 'Conditional', 'Stringent']);
export type LicenseGroup = z.infer<typeof GroupSchema>;

/** The values the FAQ's grant tables use. */
export const GrantValueSchema = z.enum(['yes', 'no', 'not-stated', 'auto-licensing', 'n/a']);
export type GrantValue = z.infer<typeof GrantValueSchema>;

/** Where a fact comes from: a file under ../shared/reference plus the section or source key it cites. */
const SourceSchema = z.string().min(8);

const GrantSchema = z.strictObject({
  revocable: GrantValueSchema,
  sublicensable: GrantValueSchema,
});
export type Grant = z.infer<typeof GrantSchema>;

/** Questions a user can ask of one Model Sheet row; the row's ✓/✗ is the yes/no answer. */
export const PermissionActionSchema = z.enum([
  'commercial-model',
  'commercial-derivatives',
  'commercial-output',
  'share-verbatim',
  'create-derivatives',
  'share-derivatives',
  'share-output',
  'keep-attribution',
  'keep-attribution-derivatives',
  'provide-license',
  'indicate-changes',
  'disclose-source',
  'same-license',
  'rai-restrictions',
  'output-dataset-notice',
  'create-extracted',
  'share-extracted',
]);
export type PermissionAction = z.infer<typeof PermissionActionSchema>;

const SheetRowSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(3),
  /** The permission questions this row answers. */
  actions: z.array(PermissionActionSchema),
  /** Set when the row is not printed in the Model Sheet itself but read from the license text. */
  fromText: z.boolean().optional(),
});
export type SheetRow = z.infer<typeof SheetRowSchema>;

/** A place where two official sources disagree; the answer follows the license text and says so. */
const DiscrepancySchema = z.strictObject({
  topic: z.string().min(3),
  note: z.string().min(20),
  source: SourceSchema,
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

const LicenseSchema = z.strictObject({
  /** Canonical id, e.g. `MG-BY-NC-2.0`. */
  id: z.string().regex(/^MG(0|-BY(-[A-Z]+)*)-2\.0$/),
  edition: EditionSchema,
  name: z.string().min(5),
  aliases: z.array(z.string().min(2)),
  options: z.array(OptionSchema),
  group: GroupSchema,
  tags: z.array(z.string().min(2)),
  /** One or two sentences in our own words. */
  summary: z.string().min(20),
  /** ✓ = true, ✗ = false, row not printed for this license = null. Keys are the edition's sheet row ids. */
  sheet: z.record(z.string(), z.boolean().nullable()),
  grant: GrantSchema,
  discrepancies: z.array(DiscrepancySchema).default([]),
  sources: z.array(SourceSchema).min(1),
});
export type License = z.infer<typeof LicenseSchema>;

/** An official compatibility mark that the option-union rule alone would not give. */
const CompatibilityExceptionSchema = z.strictObject({
  pair: z.tuple([z.string(), z.string()]),
  verdict: z.enum(['compatible', 'cannot-share', 'incompatible']),
  explanation: z.string().min(20),
  source: SourceSchema,
});
export type CompatibilityException = z.infer<typeof CompatibilityExceptionSchema>;

/** Things a question can ask whether a term covers ("is a distilled model a derivative?"). */
export const SubjectSchema = z.enum([
  'fine-tune',
  'merged-model',
  'quantized-model',
  'distilled-model',
  'trained-on-output',
  'hosted-api',
  'web-access',
  'upload',
  'research',
  'education',
  'personal',
  'internal-company',
  'paid-service',
  'commercial-product',
  'generated-content',
  'model',
  'code-docs',
  'training-data',
  'open-source-software',
  'datasets',
  'weights',
]);
export type Subject = z.infer<typeof SubjectSchema>;

/** Defined terms and clause-level rules whose answer is not a Model Sheet row. */
export const ClauseIdSchema = z.enum([
  'termination',
  'non-commercial',
  'derivative',
  'extracted-model',
  'distribution',
  'output',
  'licensed-materials',
  'third-party-materials',
  'source-form',
]);
export type ClauseId = z.infer<typeof ClauseIdSchema>;

const ClauseSchema = z.strictObject({
  id: ClauseIdSchema,
  /** The clause as the license text numbers it, e.g. "§5.2". */
  ref: z.string().min(2),
  /** What it says, in our own words. */
  text: z.string().min(20),
  /** For a rule such as termination: whether it applies (to every license but those in `except`). */
  applies: z.boolean().optional(),
  /** Licenses whose text lacks this clause or term. */
  except: z.array(z.string()).default([]),
  exceptText: z.string().min(10).optional(),
  /** The licenses carrying this option are the ones that define the term (NonCommercial only in NC licenses). */
  only: z.array(OptionSchema).default([]),
  /** What the term clearly covers, and what it clearly leaves out. */
  includes: z.array(SubjectSchema).default([]),
  excludes: z.array(SubjectSchema).default([]),
  /** The edition has no such term at all. */
  undefined: z.boolean().optional(),
  /** How the earlier texts of the same edition differed. */
  note: z.string().min(10).optional(),
  source: SourceSchema,
});
export type Clause = z.infer<typeof ClauseSchema>;

export const EditionFileSchema = z.strictObject({
  edition: EditionSchema,
  title: z.string().min(5),
  /** How answers name the edition in one line ("Nov 2024 texts"). */
  display: z.string().min(5),
  /** Words that name this edition in a question (regular-expression sources, matched on lower-cased text). */
  phrases: z.array(z.string().min(2)).min(1),
  /** Earlier texts this edition's data does not follow ("May 2025"): named, an answer that differs there gives no verdict. */
  earlierTexts: z.strictObject({ name: z.string().min(5), phrases: z.array(z.string().min(2)).min(1) }).optional(),
  /** The copyleft option of this edition (OS in the Nov 2024 texts, SA after). */
  copyleft: OptionSchema,
  /** The edition this one supersedes, if any; the newest edition is the one nothing replaces. */
  replaces: EditionSchema.nullable(),
  /** What the texts of this edition are called in the sources, e.g. "Version 2.0, Nov 2024". */
  texts: z.string().min(5),
  /** Where the license text lives; `<ID>` is the short id (`MG-BY-NC`). */
  licenseUrl: z.string().includes('<ID>'),
  sheetRows: z.array(SheetRowSchema).min(5),
  licenses: z.array(LicenseSchema).min(1),
  compatibilityExceptions: z.array(CompatibilityExceptionSchema).default([]),
  /** Ids of the other edition's licenses that were renamed or dropped here, with what to say. */
  renamed: z.record(z.string(), z.strictObject({ to: z.string().nullable(), note: z.string().min(10) })).default({}),
  clauses: z.array(ClauseSchema).min(1),
  sources: z.array(SourceSchema).min(1),
});
export type EditionFile = z.infer<typeof EditionFileSchema>;

const OtherLicenseSchema = z.strictObject({
  /** Canonical id, e.g. `Apache-2.0`, `Llama`. */
  id: z.string().min(2),
  name: z.string().min(3),
  aliases: z.array(z.string().min(2)),
  patent: GrantSchema,
  copyright: GrantSchema,
  /** Ids of footnotes from the grant-table file that apply to this row. */
  footnotes: z.array(z.string()).default([]),
  summary: z.string().min(10),
});
export type OtherLicense = z.infer<typeof OtherLicenseSchema>;

export const OtherLicensesFileSchema = z.strictObject({
  licenses: z.array(OtherLicenseSchema).min(1),
  footnotes: z.array(z.strictObject({ id: z.string(), text: z.string().min(10) })),
  source: SourceSchema,
});
export type OtherLicensesFile = z.infer<typeof OtherLicensesFileSchema>;

export const FaqTopicIdSchema = z.enum([
  'purpose',
  'why-not-llama-gemma',
  'why-not-oss',
  'why-not-cc',
  'vs-openrail',
  'vs-ai2-impact',
  'scope',
  'datasets',
  'v1',
  'output-sharing',
  'output-attribution',
  'revocable-sublicensable',
  'osi',
  'os-copyleft',
  'more-options',
  'reuse-license-text',
  'model-sheet',
  'remix-rules',
  'rai-gpl',
  'no-os-rai',
  'how-to-apply',
]);
export type FaqTopicId = z.infer<typeof FaqTopicIdSchema>;

const FaqTopicSchema = z.strictObject({
  id: FaqTopicIdSchema,
  question: z.string().min(10),
  /** Short title for buttons and "did you mean" choices (at most 60 characters). */
  title: z.string().min(3).max(60),
  /** The answer in our own words; paragraphs separated by blank lines. */
  answer: z.string().min(40),
  /** Editions whose answer differs from `answer`, with their own answer. */
  byEdition: z.partialRecord(EditionSchema, z.string().min(40)).optional(),
  licenses: z.array(z.string()),
  sources: z.array(SourceSchema).min(1),
});
export type FaqTopic = z.infer<typeof FaqTopicSchema>;

export const FaqFileSchema = z.strictObject({
  topics: z.array(FaqTopicSchema).min(1),
});
export type FaqFile = z.infer<typeof FaqFileSchema>;
