// Matrix answers carry the compatibility table as a picture: on Discord it is attached to the reply
// itself and shown inside the answer's embed, so answer and picture arrive in one request.
import { AttachmentBuilder } from 'discord.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { MatrixPicture } from '../../core/matrix/matrix-svg.js';
import { matrixFileName, matrixPng } from '../../runtime/matrix-image.js';
import type { Renderer } from '../../runtime/pipeline/outlet.js';
import { renderAnswer, type AnswerMessage } from './embed.js';

export type PictureMessage = AnswerMessage & { files: AttachmentBuilder[] };

/** `renderer`, with the PNG attached to every answer that asks for a picture. */
export function withPicture<M>(renderer: Renderer<M>, kb: KnowledgeBase): Renderer<M | PictureMessage> {
  return {
    ...renderer,
    answer: (answer, question) => (answer.picture ? pictureMessage(renderAnswer(answer), answer.picture, kb) : renderer.answer(answer, question)),
  };
}

function pictureMessage(message: AnswerMessage, picture: MatrixPicture, kb: KnowledgeBase): PictureMessage {
  // Discord rewrites characters such as "+" in attachment names, and `attachment://` must name the file as stored.
  const name = matrixFileName(picture).replace(/[^\w.-]/g, '_');
  const description = `ModelGo remix compatibility table (${picture.edition} edition)`;
  const [embed] = message.embeds;
  return {
    ...message,
    embeds: [{ ...embed, image: { url: `attachment://${name}` } }],
    files: [new AttachmentBuilder(matrixPng(kb, picture), { name, description })],
  };
}
