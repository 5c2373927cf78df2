/**
 * Checks a message against Slack's Block Kit limits, independently of the renderer's own constants, and
 * returns what it breaks (empty when Slack would accept it).
 */
export function blockKitProblems(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string): void => {
    if (!ok) problems.push(problem);
  };
  need(typeof message.text === 'string' && message.text.length > 0, 'no fallback text');
  const blocks = (message.blocks ?? []) as Record<string, any>[];
  need(Array.isArray(blocks) && blocks.length > 0 && blocks.length <= 50, `${blocks.length} blocks`);
  const actionIds = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    const at = `block ${i} (${block.type})`;
    need(block.block_id === undefined || String(block.block_id).length <= 255, `${at}: block_id too long`);
    switch (block.type) {
      case 'header':
        need(block.text?.type === 'plain_text' && textOk(block.text.text, 150), `${at}: header text`);
        break;
      case 'section':
        need(block.text !== undefined || block.fields !== undefined, `${at}: empty section`);
        if (block.text) need(textOk(block.text.text, 3000), `${at}: section text length ${String(block.text.text).length}`);
        if (block.fields) {
          need(block.fields.length <= 10, `${at}: ${block.fields.length} fields`);
          for (const f of block.fields) need(textOk(f.text, 2000), `${at}: field text`);
        }
        break;
      case 'context':
        need(block.elements.length >= 1 && block.elements.length <= 10, `${at}: context elements`);
        for (const e of block.elements) need(textOk(e.text, 3000), `${at}: context text`);
        break;
      case 'actions':
        need(block.elements.length >= 1 && block.elements.length <= 25, `${at}: ${block.elements.length} elements`);
        for (const b of block.elements) {
          need(b.type === 'button' && b.text?.type === 'plain_text' && textOk(b.text.text, 75), `${at}: button text "${b.text?.text}"`);
          need(typeof b.value === 'string' && b.value.length <= 2000, `${at}: button value`);
          need(typeof b.action_id === 'string' && b.action_id.length <= 255 && !actionIds.has(b.action_id), `${at}: action_id ${b.action_id}`);
          actionIds.add(b.action_id);
        }
        break;
      default:
        problems.push(`${at}: unexpected block type`);
    }
  }
  return problems;
}

function textOk(text: unknown, max: number): boolean {
  return typeof text === 'string' && text.trim().length > 0 && text.length <= max;
}

/** Slack control sequences that ping people or link: none of them may come from a user's input. */
const MENTION_TOKEN = /<!(?:channel|here|everyone)|<!subteam\^|<@[UWB]|<#C/i;

export function mentionTokenIn(value: unknown): string | undefined {
  return JSON.stringify(value).match(MENTION_TOKEN)?.[0];
}
