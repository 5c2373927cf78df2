// Matrix answers carry the compatibility table as a picture: on Discord it is attached to the reply
// itself and shown inside the answer's embed, so answer and picture arrive in one request.
import { AttachmentBuilder } from 'discord.js';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { MatrixPicture } from '../../core/matrix/matrix-svg.js';
import { matrixFileName, matrixPng } from '../../runtime/matrix-image.js';
import type { Renderer } from '../../runtime/pipeline/outlet.js';
import type { AnswerMessage } from './embed.js';

export type PictureMessage = AnswerMessage & { files: AttachmentBuilder[] };

/** `renderer`, with the PNG attached to every answer that asks for a picture and shown in its embed. */
export function withPicture<M extends AnswerMessage | object>(renderer: Renderer<M>, kb: KnowledgeBase): Renderer<M | PictureMessage> {
  return {
    ...renderer,
    answer(answer, question) {
      const message = renderer.answer(answer, question);
      return answer.picture && 'embeds' in message
        ? withAttachment(message as AnswerMessage, answer.picture, kb, catalogue(answer.language).matrix.picture.caption(answer.picture.edition))
        : message;
    },
  };
}

function withAttachment<M extends AnswerMessage>(message: M, picture: MatrixPicture, kb: KnowledgeBase, description: string): M & PictureMessage {
  // Discord rewrites characters such as "+" in attachment names, and `attachment://` must name the file as stored.
  const name = matrixFileName(picture).replace(/[^\w.-]/g, '_');
  const [embed] = message.embeds;
  return {
    ...message,
    embeds: [{ ...embed, image: { url: `attachment://${name}` } }],
    files: [new AttachmentBuilder(matrixPng(kb, picture), { name, description })],
  };
}
