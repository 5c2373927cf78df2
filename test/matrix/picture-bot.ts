// Until the matcher has its `matrix` intent, the platform tests get picture answers from the real bot:
// a question naming "the compatibility table" is given the picture request the core's answer will carry.
import { Bot, type AskOptions } from '../../src/core/bot.js';
import type { Answer } from '../../src/core/answer/answer.js';
import { loadClassifier } from '../../src/runtime/intent-model.js';
import { loadKnowledge } from '../../src/runtime/load-knowledge.js';

class TableBot extends Bot {
  override ask(question: string, options?: AskOptions): Answer {
    const answer = super.ask(question, options);
    if (!/compatibility table/i.test(question)) return answer;
    return { ...answer, picture: { edition: answer.edition, highlight: answer.licenses.filter((id) => id.startsWith('MG')) } };
  }
}

export function pictureBot(): Bot {
  const kb = loadKnowledge();
  return new TableBot(kb, loadClassifier(kb), '2024');
}
