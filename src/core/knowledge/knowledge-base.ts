import type {
  Edition,
  EditionFile,
  FaqFile,
  FaqTopic,
  FaqTopicId,
  License,
  LicenseGroup,
  LicenseOption,
  OtherLicense,
  OtherLicensesFile,
  PermissionAction,
  SheetRow,
} from './schema.js';

/** Everything the bot knows, validated and indexed. Built once at start-up from the files under data/. */
export interface KnowledgeFiles {
  editions: EditionFile[];
  others: OtherLicensesFile;
  faq: FaqFile;
  /** How this language names the license groups, where it is not English. */
  groupNames?: Record<LicenseGroup, string>;
}

export class KnowledgeBase {
  readonly editions: ReadonlyMap<Edition, EditionFile>;
  readonly others: readonly OtherLicense[];
  readonly footnotes: ReadonlyMap<string, string>;
  readonly othersSource: string;
  readonly faqTopics: readonly FaqTopic[];
  private readonly groupNames: Partial<Record<LicenseGroup, string>>;
  private readonly faqById: ReadonlyMap<FaqTopicId, FaqTopic>;
  /** Edition → option key → license: the parser, resolver and rules look licenses up this way on every answer. */
  private readonly byOptionKey: ReadonlyMap<Edition, ReadonlyMap<string, License>>;

  constructor(files: KnowledgeFiles) {
    this.editions = new Map(files.editions.map((e) => [e.edition, e]));
    this.others = files.others.licenses;
    this.footnotes = new Map(files.others.footnotes.map((f) => [f.id, f.text]));
    this.othersSource = files.others.source;
    this.faqTopics = files.faq.topics;
    this.groupNames = files.groupNames ?? {};
    this.faqById = new Map(files.faq.topics.map((t) => [t.id, t]));
    this.byOptionKey = new Map(files.editions.map((e) => [e.edition, new Map(e.licenses.map((l) => [optionKey(l.options), l]))]));
  }

  /** A license group as answers show it, in the language of these files. */
  groupName(group: LicenseGroup): string {
    return this.groupNames[group] ?? group;
  }

  edition(edition: Edition): EditionFile {
    const found = this.editions.get(edition);
    if (!found) throw new Error(`no data for the ${edition} edition`);
    return found;
  }

  licenses(edition: Edition): readonly License[] {
    return this.edition(edition).licenses;
  }

  /** The MG license of this edition whose option set is exactly `options`. */
  byOptions(options: readonly LicenseOption[], edition: Edition): License | undefined {
    return this.byOptionKey.get(edition)?.get(optionKey(options));
  }

  mgLicense(id: string, edition: Edition): License | undefined {
    return this.licenses(edition).find((l) => l.id === id);
  }

  /** Editions that have a license with this id, oldest first. */
  editionsOf(id: string): Edition[] {
    return [...this.editions.values()].filter((e) => e.licenses.some((l) => l.id === id)).map((e) => e.edition);
  }

  other(id: string): OtherLicense | undefined {
    return this.others.find((o) => o.id === id);
  }

  /** The Model Sheet row that answers a permission question in this edition. */
  rowFor(action: PermissionAction, edition: Edition): SheetRow | undefined {
    return this.edition(edition).sheetRows.find((r) => r.actions.includes(action));
  }

  faq(id: FaqTopicId): FaqTopic {
    const topic = this.faqById.get(id);
    if (!topic) throw new Error(`no FAQ topic ${id}`);
    return topic;
  }

  /** Every canonical license id the bot knows, MG ones first. */
  allIds(): string[] {
    const mg = [...this.editions.values()].flatMap((e) => e.licenses.map((l) => l.id));
    return [...new Set(mg), ...this.others.map((o) => o.id)];
  }
}

const OPTION_ORDER: readonly LicenseOption[] = ['BY', 'NC', 'ND', 'OS', 'SA', 'RAI'];

export function optionKey(options: readonly LicenseOption[]): string {
  return OPTION_ORDER.filter((o) => options.includes(o)).join('+');
}

/** The id without its `-2.0` suffix, as people usually write it. */
export function shortId(id: string): string {
  return id.replace(/-2\.0$/, '');
}
