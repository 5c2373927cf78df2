import type { LicenseOption } from '../../knowledge/schema.js';
import { VERDICT_MARK as MARK } from '../words.js';
import type { Catalogue } from './catalogue.js';

const OPTION_NAMES: Record<LicenseOption, string> = {
  BY: '署名（BY）',
  NC: '非商业（NC）',
  ND: '禁止演绎（ND）',
  OS: '开源（OS）',
  SA: '相同方式共享（SA）',
  RAI: '负责任的 AI（RAI）',
};

/** The license groups as answers name them; the same words as the groups in data/i18n/zh.json. */

const GRANT_VALUES = {
  yes: '是',
  no: '否',
  'not-stated': '未说明',
  'auto-licensing': '否（改用自动许可）',
  'n/a': '不适用',
} as const;

const NEEDS = {
  'no-commercial': '禁止商业使用',
  'keep-open': '衍生材料必须保持开放',
  'no-derivatives': '不得分享修改版本',
  'prevent-misuse': '防止滥用',
  credit: '为你的作品署名',
  'no-conditions': '条件尽可能少',
  'most-restrictive': '尽可能多的控制权',
} as const;

const METHODS = {
  merge: '合并为一个模型',
  average: '权重平均',
  fuse: '模型融合',
  concat: '层拼接',
  distill: '蒸馏为一个模型',
  ensemble: '集成',
  vote: '投票集成',
  stack: '堆叠',
  moe: '混合专家（MoE）',
  pipeline: '流水线',
} as const;

/** How answers name each object of a permission question. */
const OBJECTS = {
  model: '该模型',
  derivative: '微调或以其他方式修改后的版本',
  extracted: '从它蒸馏出的模型（或用其输出训练的模型）',
  output: '它的输出',
  'output-dataset': '由它的输出组成的数据集',
  'training-data': '你的训练数据',
} as const;

const options = (list: readonly LicenseOption[]): string => list.map((o) => OPTION_NAMES[o]).join('和');
const about = (id: string) => ({ label: `关于 ${id}`, question: `什么是 ${id}？` });
const grantPair = (g: { revocable: keyof typeof GRANT_VALUES; sublicensable: keyof typeof GRANT_VALUES }) =>
  `可撤销：${GRANT_VALUES[g.revocable]}，可再许可：${GRANT_VALUES[g.sublicensable]}`;

/** "MG-BY + MG-BY-NC", or "两个 MG-BY 模型" when both have one license. */
const pair = (ids: string[]) => (ids.length === 2 && ids[0] === ids[1] ? `两个 ${ids[0]} 模型` : ids.join(' + '));

/** The FAQ question on remixing, as data/i18n/zh.json words it. */
const REMIX_FAQ = '把两个采用 MG 许可证的模型混合（remix）会怎样？';

export const zh: Catalogue = {
  answer: {
    disclaimer: '仅供参考，不构成法律意见：以许可证原文为准。',
    source: (line) => `来源：${line}`,
    clarifyOption: (n, question) => `${n}. ${question}`,
    detailsField: (label, value) => `• ${label}：${value}`,
    detailsCitation: (label, url) => `${label}：${url}`,
    assumed: (headline, { ids, edition, result }) =>
      `${headline}（${ids.join(' + ')}${result ? '，即刚才讨论的合并结果' : ''}${edition ? `，${edition} 版文本` : ''}）`,
    clause: (text, ref) => `${text}（${ref}）`,
    yes: '是',
    no: '否',
    noOptions: '无',
    about,
    clarify: {
      title: '你指的是哪一种？',
      headline: '你指的是哪一种？答案会有所不同：',
      source: (display) => `ModelGo 许可证（${display}）`,
    },
  },

  citations: {
    license: (id, clause, display) => `${id}${clause ? ` ${clause}` : ''}（${display}）`,
    faq: (question) => `ModelGo 常见问题：“${question}”`,
    modelSheet: '模型说明表',
    licenseText: '许可证文本',
    compatibilityTable: (display) => `ModelGo 兼容性表（${display}）`,
    grantTables: 'ModelGo 常见问题：“ModelGo 中的专利与版权许可授予”',
    otherGrantTables: 'ModelGo 常见问题：其他许可证的授权表',
    licenseTexts: (display, ref) => `ModelGo 许可证文本，${display}${ref ? ` ${ref}` : ''}`,
    howToChoose: 'ModelGo：如何选择许可证',
    site: 'ModelGo 许可证',
    licenseList: (display) => `ModelGo 许可证列表（${display}）`,
    modelSheets: (display) => `ModelGo 模型说明表（${display}）`,
    modelSheetsOf: (display) => `模型说明表，${display}`,
    sourceWithEdition: (label, display) => `${label}${display ? `（${display}）` : ''}`,
  },

  editions: {
    answeredFrom: (title, ids) => `本回答依据 ${title}，${ids.join(' 和 ')} 属于这一版本。`,
    rename: (from, to, later) => (later ? `${from} 更名为 ${to}` : `${from} 当时名为 ${to}`),
    otherEdition: (display, renames, headline) => `在${display}中${renames.length > 0 ? `（其中 ${renames.join('，')}）` : ''}：${headline}`,
  },

  unknownLicense: {
    reason: (text, reason) => {
      switch (reason.kind) {
        case 'not-in-grant-tables':
          return `ModelGo 常见问题的授权表中没有 ${text}，所以我没有它的数据`;
        case 'version-1':
          return `${text} 是 ModelGo V1 许可证；我只了解 2.0 版文本（2024年11月版和 2025 修订版）`;
        case 'not-an-option':
          return `“${reason.part}”不是 ModelGo 的选项（BY、NC、ND、OS、SA、RAI）`;
        case 'no-combination':
          return `没有哪个 ModelGo 许可证同时包含 ${reason.options.join('、')}`;
        case 'other-version':
          return `这一系列我只了解 ${reason.known}（来自 ModelGo 常见问题的授权表），不了解 ${text.trim()}`;
        case 'not-in-edition':
          return `${text} 不属于 ${reason.title}`;
      }
    },
    title: (text) => `我无法回答关于“${text}”的问题`,
    headline: (reason) => `${reason}。`,
    closest: (ids) => `我所知最接近的是：${ids.join('、')}。`,
  },

  missingLicense: {
    title: '你指的是哪个许可证？',
    known: (mg, others) => `我了解 ${mg.join('、')}；关于授权，还了解 ${others.join('、')}。`,
    example: '示例',
    otherModel: (id) => `另一个模型采用的是什么许可证？例如：“我可以把 ${id} 和 MG-BY-OS 合并吗？”`,
    hints: {
      remix: '两个模型分别采用什么许可证？例如：“我可以把 MG-BY-NC 和 MG-BY-OS 合并吗？”',
      license: '要介绍哪个许可证？例如：“什么是 MG-BY-ND？”',
      grant: '你问的是哪个许可证的授权？例如：“MG-BY-NC 可撤销吗？”',
      permission: '模型采用的是哪个许可证？例如：“MG-BY-NC-ND 许可的模型可以商用吗？”',
      compare: '要比较哪几个许可证？例如：“比较 MG-BY-NC 和 MG-BY-NC-ND”。',
      faq: '你指的是哪个常见问题？',
    },
  },

  intents: {
    remix: {
      example: '我可以把 MG-BY-NC 和 MG-BY-OS 合并吗？',
      button: { label: '混合兼容性', question: (a, b) => `我可以把 ${a} 和 ${b} 合并吗？` },
    },
    license: { example: '什么是 MG-BY-ND？', button: { label: '许可证卡片', question: (a) => `什么是 ${a}？` } },
    grant: { example: 'MG-BY-NC 可撤销吗？', button: { label: '可撤销吗？', question: (a) => `${a} 可撤销吗？` } },
    permission: {
      example: 'MG-BY-NC-ND 许可的模型可以商用吗？',
      button: { label: '可以商用吗？', question: (a) => `${a} 可以商用吗？` },
    },
    definition: {
      example: '在 MG-BY-NC 下，什么算非商业用途？',
      button: { label: '定义', question: (a) => `在 ${a} 下，什么算非商业用途？` },
    },
    choose: {
      example: '想禁止商业使用，我该用哪个许可证？',
      button: { label: '选择许可证', question: () => '我该选哪个许可证？' },
    },
    compare: { example: '比较 MG-BY-NC 和 MG-BY-ND', button: { label: '对比', question: (a, b) => `比较 ${a} 和 ${b}` } },
    faq: {
      example: '为什么不直接用知识共享（Creative Commons）许可证？',
      button: null,
    },
    matrix: { example: '给我看看兼容性表', button: { label: '查看兼容性表', question: () => '给我看看兼容性表' } },
    help: { example: '你能做什么？', button: { label: '你能做什么？', question: () => '你能做什么？' } },
    unknown: { example: '你能做什么？', button: null },
  },

  remix: {
    method: METHODS,
    headline: (verdict, ids, result, method) => {
      switch (verdict) {
        case 'compatible':
          if (method === 'distill')
            return `${MARK.yes} 可以，你可以把 ${ids[0] === ids[1] ? ids[0] : pair(ids)} 蒸馏成一个新模型，并为其采用 ${result} 许可证。`;
          return `${MARK.yes} 可以，${pair(ids)} 可以合并：合并结果采用 ${result} 许可证。`;
        case 'cannot-share':
          return `${MARK.caution} 你可以把 ${pair(ids)} 合并后自己使用，但不能分享合并结果，因此没有适用于它的许可证。`;
        case 'incompatible':
          return `${MARK.no} 不可以，${pair(ids)} 不能合并后分享：没有任何 ModelGo 许可证能涵盖合并结果。`;
        case 'separable':
          return `${MARK.separable} 可以：以${METHODS[method]}的方式组合时，各模型保留各自的许可证（${pair(ids)}）。`;
      }
    },
    title: (ids) => `混合 ${pair(ids)}`,
    reason: (r) => {
      switch (r.kind) {
        case 'exception':
          return r.explanation;
        case 'separate':
          return `以${METHODS[r.method]}的方式组合时，各模型保持独立，不会产生新的组合作品，因此各模型保留各自的许可证（${r.licenses.join('、')}）。`;
        case 'own-additions':
          return '你自己添加的部分（如路由或门控权重）可以采用你选择的任何许可证；这不会改变基础模型的许可证。';
        case 'own-terms-apply':
          return `运行整个系统时，各模型自身的条款依然适用：例如 ${r.license} 禁止对该模型进行商业使用。`;
        case 'keeps-options':
          return `合并结果必须保留其来源模型的全部选项（${r.options.join('、')}）：ModelGo 允许混合时增加选项，但绝不允许去掉选项。${r.license} 正是恰好包含这些选项的许可证。`;
        case 'table-compatible':
          return '官方兼容性表将这一组合标为兼容；结果许可证依据常见问题中的单向规则（宽松型 → 条件型 → 严格型）及其示例得出。';
        case 'copyleft':
          return `${r.option === 'OS' ? '开源（OS）' : '相同方式共享（SA）'}选项属于 copyleft，因此分享合并后的模型时，必须以源形式提供，并采用该许可证。`;
        case 'no-derivatives':
          return `${r.licenses.join(' 和 ')} 带有禁止演绎（ND）选项，而合并后的模型属于衍生材料。你可以构建并自行使用它，但不得分享，因此没有可适用于它的许可证。`;
        case 'option-conflict':
          return `没有任何 ModelGo 许可证能同时包含 ${r.from} 的${OPTION_NAMES[r.a]}和 ${r.other} 的${OPTION_NAMES[r.b]}，因此没有许可证能涵盖合并后的模型。`;
        case 'follow-originals':
          return '你仍可遵循各原始许可证中关于衍生材料的条款，但合并后的模型不能以任何 ModelGo 许可证重新许可。';
      }
    },
    extractedNote:
      '在 2025年12月版文本中，由另一个模型的输出蒸馏得到的模型属于“提取模型”（Extracted Model），而不是衍生材料（MG0 和 MG-BY 的许可范围不涵盖此类模型）；上面的结论仍以官方兼容性表为准。',
    methodAssumed:
      '你没有说明打算如何组合，所以我假定是合并为一个模型（权重平均、模型融合或层拼接）。如果采用集成、投票、堆叠、混合专家或流水线，各模型则保留各自的许可证。',
    fields: { method: '组合方式', result: '结果', edition: '版本' },
    methodValue: (method, assumed) => `${METHODS[method]}${assumed ? '（假定）' : ''}`,
    separateResult: '各模型保留各自的许可证',
    noResult: '没有适用的许可证',
    showTable: (display, ids) => ({
      label: '查看兼容性表',
      question: `给我看看${display}的兼容性表，标出 ${[ids.slice(0, 2).join(' 和 '), ...ids.slice(2)].join(' + ')}`,
    }),
    others: {
      title: '与非 ModelGo 许可证混合',
      headline: 'ModelGo 兼容性表只涵盖 ModelGo 许可证。',
      paragraph: (names) => `${names.join('、')} 不是 ModelGo 许可证，所以兼容性表无法判断这种组合是否可行。请遵循该许可证自身关于衍生作品的条款。`,
      howItWorks: { label: '混合规则说明', question: REMIX_FAQ },
    },
    faqLabel: `ModelGo 常见问题：“${REMIX_FAQ}”`,
  },

  license: {
    title: (id, name) => `${id}：${name}`,
    headline: (id, g, summary) => `${id}（${g}）：${summary}`,
    may: {
      'commercial-model': '商业使用',
      'share-derivatives': '分享衍生材料',
      'share-extracted': '分享蒸馏模型',
      'share-output': '分享输出',
    },
    must: {
      'keep-attribution': '保留署名',
      'indicate-changes': '说明修改',
      'disclose-source': '提供源形式',
      'same-license': '衍生材料采用相同许可证',
      'rai-restrictions': '遵守使用限制',
      'output-dataset-notice': '输出数据集须附来源声明',
    },
    mark: (allowed, words) => `${allowed ? MARK.yes : MARK.no} ${words}`,
    mayLine: (marks, revocable, sublicensable) => `可以：${marks.join(' · ')} · 可撤销：${GRANT_VALUES[revocable]} · 可再许可：${GRANT_VALUES[sublicensable]}`,
    mustLine: (duties) => `必须：${duties.length > 0 ? duties.join(' · ') : '除随附许可证外，无其他义务'}`,
    fields: { revocable: '可撤销', sublicensable: '可再许可' },
    revocable: '可撤销吗？',
    revocableQuestion: (id) => `${id} 可撤销吗？`,
    commercial: '可以商用吗？',
    commercialQuestion: (id) => `${id} 许可的模型可以商用吗？`,
    apply: (name, id) => `使用方法：把 LICENSE 文件放进你的模型仓库，并在 README 或模型卡中声明“${name}（${id}）”。`,
    other: {
      headline: (name, summary) => `${name}：${summary}`,
      paragraph: (patent, copyright) => `这不是 ModelGo 许可证。专利授权：${grantPair(patent)}。版权授权：${grantPair(copyright)}。`,
    },
  },

  grant: {
    value: GRANT_VALUES,
    headline: (aspect, value, negative, id) => {
      const [plain, negated] = GRANT_HEADLINES[aspect][value](id);
      return negative ? negated : plain;
    },
    termination: {
      unknown: (name) => `${MARK.caution} 我只了解 ModelGo 许可证的终止条款，不了解 ${name} 的。`,
      yes: (name) => `${MARK.caution} 是的，${name} 许可证可以被终止。`,
      no: (name, display) => `${MARK.yes} 不能，${name} 许可证在${display}中没有终止条款。`,
    },
    separateFromRevocation: (irrevocable) => `这与撤销是两回事：该授权${irrevocable ? '不可撤销' : '可撤销'}，但出现上述情形时，许可证仍会终止。`,
    combined: 'ModelGo 许可证同时授予专利权和版权，所以两者的答案相同。',
    bothGrants: (patent, copyright) => `专利授权：${patent}。版权授权：${copyright}。`,
    rightAssumed: '你没有说明是专利还是版权，所以简短回答按版权授权给出。',
    noTrademarks: 'ModelGo 许可证从不授予商标权。',
    title: (name, aspect) => `${name}：${aspect === 'revocable' ? '授权可以撤销吗？' : aspect === 'sublicensable' ? '可以再许可吗？' : '许可证可以终止吗？'}`,
    fields: { patent: '专利授权', copyright: '版权授权' },
    describe: (revocable, sublicensable) => `可撤销：${GRANT_VALUES[revocable]}；可再许可：${GRANT_VALUES[sublicensable]}`,
  },

  permission: {
    act: (acts, object, hosted) => {
      const what = OBJECTS[object];
      const sharing = acts.includes('share');
      const commercial = acts.includes('commercial');
      if (sharing && hosted) return `以托管服务或 API 的形式${commercial ? '收费' : ''}提供${what}`;
      if (sharing && commercial) return `出售${what}`;
      switch (acts[0]!) {
        case 'share':
          return `分享${what}`;
        case 'commercial':
          return `将${what}用于商业用途`;
        case 'create':
          return object === 'extracted' ? '从它蒸馏出一个新模型' : '基于它制作衍生材料（微调、合并、改编）';
        case 'use':
          return `使用${what}`;
        case 'relicense':
          return object === 'model' ? '以其他条款重新许可该模型' : `以不同的条款许可${what}`;
        case 'keep-closed':
          return `在分享${what}时保持闭源`;
        case 'own':
          return '拥有你制作的衍生材料';
        case 'trademark':
          return '使用许可方的商标';
        case 'attribute':
          return object === 'model' ? '在分享时保留原始署名声明' : object === 'output' ? '在它生成的内容中注明该模型' : `在分享${what}时保留署名声明`;
        case 'state-changes':
          return '在分享衍生材料时说明你做了哪些修改';
        case 'license-file':
          return `在分享${object === 'model' ? '它' : what}时附上许可证副本`;
        case 'disclose-source':
          return `在分享${object === 'model' ? '它' : what}时提供源形式（权重、架构、代码）`;
        case 'same-license':
          return `以相同条款许可${object === 'model' ? '衍生材料' : what}`;
        case 'dataset-notice':
          return '在把它的输出作为数据集发布时附上来源声明';
        case 'rai':
          return '遵守负责任的 AI 使用限制';
      }
    },
    headline: ({ yes, value, duty, modality, negated, phrase, id }) => {
      const mark = yes ? MARK.yes : MARK.no;
      if (!duty) {
        if (modality === 'forbidden') return yes ? `${mark} 是的，${id} 禁止这样做：你不能${phrase}。` : `${mark} 不，${id} 并不禁止：你可以${phrase}。`;
        return value ? `${mark} 可以，根据 ${id}，你可以${phrase}。` : `${mark} 不可以，根据 ${id}，你不能${phrase}。`;
      }
      const rule = value ? `${id} 要求你${phrase}` : `${id} 不要求你${phrase}`;
      if (modality === 'optional' || (modality === 'can' && negated))
        return yes ? `${mark} 是的，你可以不这样做：${rule}。` : `${mark} 不，你不能省略：${rule}。`;
      return value ? `${mark} 是的，你必须这样做：${rule}。` : `${mark} 不，你不必这样做：${rule}。`;
    },
    licensorSide: (id, licensorOwns) =>
      licensorOwns ? `${MARK.caution} 是的，根据 ${id}，你的衍生材料的权利归许可方所有。` : `${MARK.yes} 不，根据 ${id}，你的衍生材料的权利归你所有。`,
    unsettled: (display, phrase, id) => `${MARK.caution} ${display}没有明确你能否根据 ${id} ${phrase}。`,
    unclear: (id) => `我没能判断你指的是哪项权利或义务，下面是 ${id} 的概览。`,
    reason: (r) => {
      switch (r.kind) {
        case 'row':
          return `${r.fromText ? `${r.id} 的文本` : '它的模型说明表'}（${r.display}）中“${r.label}”一项：${r.marked ? '是' : '否'}。`;
        case 'no-row':
          return `${r.display}中没有能确定这一点的模型说明表条目或条款。`;
        case 'copyleft':
          return `${r.id} 属于 copyleft 许可证：分享的衍生材料必须继续采用 ${r.id} 本身。`;
        case 'no-sharing-derivatives':
          return `${r.id} 根本不授予分享衍生材料的权利，因此也谈不上重新许可。`;
        case 'vested-in-licensor':
          return '根据 2024年11月版文本，衍生材料的权利归许可方所有（§2.2），所以你无权重新许可。';
        case 'sublicensable':
          return `${r.id} ${r.sublicensable ? '可以' : '不可'}再许可。`;
        case 'no-trademark':
          return '任何 ModelGo 许可证都不授予商标权。';
        case 'data-out-of-scope':
          return '训练和评估数据不属于许可材料（Licensed Materials）：许可证不涉及这些数据（§1，“Licensed Materials”）。';
        case 'no-output-attribution':
          return '署名要求针对的是模型及其衍生材料，而不是模型生成的内容；只需说明内容可能由 AI 生成即可。';
        case 'non-commercial-purpose':
          return r.unsure ? `${r.rule}公司内部的研究是否符合条件，取决于它是否以获取商业利益为目的。` : r.rule;
      }
    },
    hostedIsDistribution: '托管模型或通过 API 提供模型，都算作分发（§1，“Distribution”）。',
    outputDatasetNotice: '分享由其输出组成的数据集时，需要附上来源声明（§2.2(b)）。',
    extracted: {
      derivative2024: '在 2024年11月版文本中，蒸馏得到的模型或用其输出训练的模型属于衍生材料（§1）。',
      ownRows: (display, ref) => `在${display}中，蒸馏得到的模型属于“提取模型”（Extracted Model，${ref}），有单独的条目。`,
    },
    clarifyOption: (id, phrase) => `在 ${id} 下，我可以${phrase}吗？`,
    clarifyHeadline: '你指的是哪一种？原始模型和修改后的版本，答案不同：',
    title: (id, phrase) => `${id}：你可以${phrase}吗？`,
    field: (fromText, label) => `${fromText ? '许可证文本' : '模型说明表'}：${label}`,
    all: (id) => ({ label: `${id} 全部信息`, question: `什么是 ${id}？` }),
  },

  definition: {
    term: {
      termination: '终止',
      'non-commercial': '非商业用途',
      derivative: '衍生材料（Derivative Materials）',
      'extracted-model': '提取模型（Extracted Model）',
      distribution: '分发',
      output: '输出',
      'licensed-materials': '许可材料（Licensed Materials）',
      'third-party-materials': '第三方材料',
      'source-form': '源形式',
    },
    subject: {
      'fine-tune': '微调后的模型',
      'merged-model': '合并后的模型',
      'quantized-model': '量化后的模型',
      'distilled-model': '蒸馏得到的模型',
      'trained-on-output': '用其输出训练的模型',
      'hosted-api': '通过 API 托管提供',
      'web-access': '在网页上提供',
      upload: '上传供他人使用',
      research: '研究',
      education: '教学与教育',
      personal: '个人使用',
      'internal-company': '公司内部使用',
      'paid-service': '付费服务',
      'commercial-product': '商业产品',
      'generated-content': '生成的内容',
      model: '该模型',
      'code-docs': '代码和文档',
      'training-data': '训练数据',
      'open-source-software': '随附的开源软件',
      datasets: '数据集',
      weights: '权重',
    },
    unnamedTerm: '该术语',
    title: (term) => `什么算${term}？`,
    undefined: (display, term) => `${display}没有定义${term}。`,
    where: (id, display) => (id ? `${id}（${display}）` : display),
    covers: (where, subject, term, yes) =>
      yes ? `${MARK.yes} 是的，按照 ${where}，${subject}算作${term}。` : `${MARK.no} 不，按照 ${where}，${subject}不算${term}。`,
    earlierTexts: (note, display, earlier) => `${MARK.caution} ${note}我的数据以截至 2025年12月的${display}为准，因此不对${earlier}给出结论。`,
    unsettled: (display, subject, term) => `${MARK.caution} ${display}没有明确${subject}是否算作${term}。`,
    definedIn: (where, term, ref) => `按照 ${where}，${term}的定义见 ${ref}：`,
    notDefinedBy: (id, term) => `${id} 没有定义${term}。`,
  },

  choose: {
    need: NEEDS,
    needQuestion: {
      'no-commercial': '哪个许可证能禁止商业使用？',
      'keep-open': '哪个许可证能让衍生材料保持开源？',
      'no-derivatives': '哪个许可证能阻止别人分享修改后的版本？',
      'prevent-misuse': '哪个许可证能防止我的模型被滥用？',
      credit: '哪个许可证只要求署名？',
      'no-conditions': '哪个许可证最宽松？',
      'most-restrictive': '哪个许可证最严格？',
    },
    reason: (r) => {
      switch (r.kind) {
        case 'most-permissive':
          return `${r.license} 是最宽松的 ModelGo 许可证：几乎没有条件，不可撤销，且可再许可。`;
        case 'least-restrictive':
          return `在带有${options(r.options)}的 ModelGo 许可证中，${r.license} 限制最少；除 MG0 外，其他许可证也都要求署名。`;
        case 'attribution-only':
          return `${r.license} 只要求署名：保留你的署名和声明，并在衍生材料中说明修改。`;
        case 'none-combines':
          return `没有任何 ModelGo 许可证同时具备${options(r.options)}；请选出你最看重的需求，我可以为它推荐许可证。`;
      }
    },
    title: '选择 ModelGo 许可证',
    ask: '告诉我你最看重什么，我会挑出符合要求且限制最少的许可证。',
    optionsList: (copyleft) =>
      `可选项有：BY（署名）、NC（禁止商业使用）、ND（不得分享修改版本）、RAI（使用限制）以及 ${copyleft}（衍生材料保持开放）。MG0 不含任何选项。`,
    tip: '来自 ModelGo 网站的建议：如果你的计划尚未确定，选择可撤销的许可证能保留更多控制权；如果项目包含 GPL 代码，请避免 RAI 选项。',
    pick: (id, needs) => `${MARK.yes} 选 ${id}：它满足你的需求（${needs.map((n) => NEEDS[n]).join('、')}）。`,
    none: `${MARK.no} 没有任何一个 ModelGo 许可证能同时满足所有这些需求。`,
    fields: { needs: '你的需求', options: '选项', group: '类别' },
    needsValue: (needs) => needs.map((n) => NEEDS[n]).join('；'),
  },

  compare: {
    row: (d) => {
      switch (d.row) {
        case 'options':
          return '选项';
        case 'group':
          return '类别';
        case 'revocable':
          return '可撤销';
        case 'sublicensable':
          return '可再许可';
        case 'sheet':
          return d.label;
      }
    },
    value: (d, side) => {
      switch (d.row) {
        case 'options':
          return d[side].join('、') || '无';
        case 'group':
          return d[side];
        case 'revocable':
        case 'sublicensable':
          return GRANT_VALUES[d[side]];
        case 'sheet':
          return d[side] === true ? '是' : d[side] === false ? '否' : '未说明';
      }
    },
    stricter: (strictest, ranked, many) => `${strictest} ${many ? '是其中最严格的' : '更严格'}：${ranked.join(' > ')}（从最严格到最宽松）。`,
    differ: (ids, rows) => `${ids.join(' vs ')}：它们有 ${rows} 项不同，主要差异如下。`,
    title: (ids) => ids.join(' vs '),
    field: (ids, values) => values.map((v, i) => `${ids[i]}：${v}`).join(' · '),
    paragraph: (label, value) => `${label}：${value}`,
    summary: (id, summary) => `${id}：${summary}`,
  },

  faq: {
    verdictOpening: /^(是的|是|否|不|可以|不可以|会|不会)/,
    otherEdition: (display, answer) => `${display}：${answer}`,
    answering: (question, answer) => `${question}${answer}`,
  },

  matrix: {
    headline: (table, highlight) => `这是 ${table}${highlight.length > 0 ? `，已标出 ${highlight.join(' 和 ')}` : ''}。`,
    legend: '✅ 兼容（显示结果许可证）· ⚠️ 可以合并但不能分享 · ❌ 不兼容。可分离的混合（集成、MoE、流水线）保留各自的许可证。',
    picture: {
      title: 'ModelGo 混合兼容性',
      subtitle: (title) => `${title}：分别采用行、列所示许可证的两个模型，能否合并为一个模型并分享？`,
      compatible: '兼容：合并后的模型可以分享；小字注明其许可证',
      cannotShare: '不能分享：禁止演绎（ND）允许你构建合并后的模型，但不允许分享',
      incompatible: '不兼容：没有任何 ModelGo 许可证能涵盖合并后的模型',
      exception: '此处官方表格与选项规则不一致；本机器人以官方标注为准',
      highlighted: (ids) => `已标出：${ids.join(' × ')}`,
      edition: (title, texts) => `版本：${title}；许可证文本：${texts}。`,
      source: '来源：ModelGo 官方兼容性表及常见问题（modelgo.li/learn-more/faq）；结果许可证依据常见问题中的单向规则得出。',
      caption: (edition) => `ModelGo 混合兼容性表（${edition} 版）`,
    },
  },

  help: {
    title: '你好！我是 ModelGo 许可证助手。',
    welcome: '不客气！关于 ModelGo 许可证，还有什么问题都可以问我。',
    capabilities:
      '我可以回答关于 ModelGo（MG）模型许可证的问题：两个模型能否混合、某个许可证允许或要求什么、授权是否可撤销或可再许可、哪个许可证适合你的需求，以及术语定义、许可证对比和 ModelGo 常见问题。',
    tryExamples: '直接用日常语言提问，或者试试下面的示例。',
    examples: [
      { label: '合并两个模型', question: '我可以把 MG-BY-NC 和 MG-BY-OS 合并吗？' },
      { label: '许可证卡片', question: '什么是 MG-BY-ND？' },
      { label: '可撤销吗？', question: 'MG-BY-RAI 可撤销吗？' },
      { label: '选择许可证', question: '想禁止商业使用，我该用哪个许可证？' },
      { label: '为什么不用 CC？', question: '为什么不直接用知识共享（Creative Commons）许可证？' },
    ],
  },

  unknown: {
    empty: '你的消息是空的。',
    tooLong: '这条消息太长，我没法可靠地理解。请精简成一个问题，几句话即可。',
    tooManyLicenses: '这条消息提到的许可证太多，我无法一次比较。请每次只问两到三个。',
    unsureTitle: '我不太确定你的意思',
    outsideTitle: '这超出了我的知识范围',
    didYouMean: (questions) => `我不太确定你的意思。你是想问${questions.map((q) => `“${q}”`).join('还是')}？`,
    outside: '这超出了我的知识范围：我只回答关于 ModelGo 模型许可证的问题。',
  },

  notices: {
    rateLimited: '你提问太快了，我有点跟不上。请等一分钟再试。',
    apology: '抱歉，我在回答时出了点问题。请稍后再试。',
    thanks: {
      up: '感谢你的反馈！',
      down: '谢谢告诉我。这个问题会进入维护者的审阅列表；换个说法，或者写明许可证名称，通常会有帮助。',
    },
    staleButton: '这个按钮已失效，请重新提问。',
  },

  slack: {
    shortened: '…（内容已截断；如需其余部分，请把问题问得更具体些）',
    sharedBy: (name) => `由 ${name} 分享`,
    share: '分享到频道',
    why: '为什么？',
    home: '你可以用 `/modelgo` 提问，在频道中 @ModelGo，或者在“消息”标签页里直接给我发消息。',
    promptsTitle: '关于 ModelGo 许可证，你可以这样问：',
    detailsGone: '我已经找不到这条回答的详情了（我可能已经重启过）。请重新提问。',
    noText: '这条消息里没有我能读取的文字。请改用 /modelgo 提问。',
  },

  discord: {
    why: '为什么？',
    post: '发布到频道',
    ask: '提问',
    postedBy: (mention) => `由 ${mention} 发布`,
    whyTitle: (title) => `原因：${title}`,
    answerGone: '我已经找不到这条回答了（我可能已经重启过）。请重新提问。',
    noText: '这条消息里没有我能读取的文字。请改用 /modelgo ask 提问。',
    commands: {
      edition: '依据哪一版 ModelGo 文本回答',
      modelgo: '关于 ModelGo（MG）模型许可证的问题',
      ask: '关于 MG 许可证，什么都可以问',
      question: '你的问题，用日常语言描述即可',
      private: '只有你能看到回答；之后可以再发布到频道',
      license: '显示许可证卡片',
      name: '许可证，例如 MG-BY-ND',
      remix: '两个采用 MG 许可证的模型能否组合？组合后采用哪个许可证？',
      first: '第一个模型的许可证',
      second: '第二个模型的许可证',
      method: '组合方式',
      faq: 'ModelGo 常见问题解答',
      topic: '输入主题开始搜索',
      help: '本机器人能回答哪些问题',
    },
  },

  console: { welcome: 'ModelGo 许可证助手。欢迎提问关于 MG 许可证的问题；输入 "help" 获取提示，输入 "exit" 或按 Ctrl-D 退出。' },
};

/** The first line of a grant answer for each table value: [plain question, negative question ("不可撤销吗？")]. */
const GRANT_HEADLINES: Record<'revocable' | 'sublicensable', Record<keyof typeof GRANT_VALUES, (id: string) => [string, string]>> = {
  revocable: {
    yes: (id) => [`${MARK.caution} 是的，许可方可以撤销 ${id} 的授权。`, `${MARK.caution} 不，${id} 并非不可撤销：许可方可以撤销该授权。`],
    no: (id) => [`${MARK.yes} 不，${id} 的授权不可撤销。`, `${MARK.yes} 是的，${id} 不可撤销。`],
    'not-stated': (id) => [`${MARK.caution} ${id} 对此未作说明，一般视为可撤销。`, `${MARK.caution} ${id} 没有说明其不可撤销，一般视为可撤销。`],
    'auto-licensing': (id) => [
      `${MARK.caution} ${id} 采用自动许可：每个接收者都直接从原始许可方获得许可。`,
      `${MARK.caution} ${id} 采用自动许可：每个接收者都直接从原始许可方获得许可。`,
    ],
    'n/a': (id) => [`${id} 不授予此项权利。`, `${id} 不授予此项权利。`],
  },
  sublicensable: {
    yes: (id) => [`${MARK.yes} 是的，你可以再许可 ${id}。`, `${MARK.yes} 不，${id} 可以再许可。`],
    no: (id) => [`${MARK.no} 不，你不能再许可 ${id}。`, `${MARK.no} 是的，${id} 不可再许可。`],
    'not-stated': (id) => [`${MARK.caution} ${id} 没有说明是否可以再许可。`, `${MARK.caution} ${id} 没有说明是否可以再许可。`],
    'auto-licensing': (id) => [
      `${MARK.no} 不，${id} 下不能再许可，也无需再许可：每个接收者都直接从原始许可方获得许可（自动许可）。`,
      `${MARK.no} 是的，${id} 不可再许可：每个接收者都直接从原始许可方获得许可（自动许可）。`,
    ],
    'n/a': (id) => [`${id} 不授予此项权利。`, `${id} 不授予此项权利。`],
  },
};
