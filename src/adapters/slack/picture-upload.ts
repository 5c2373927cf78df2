// Matrix answers carry the compatibility table as a picture. Block Kit cannot attach a file, so the PNG
// follows the answer with files.uploadV2: into the same thread or DM, or into the asker's DM when the
// answer itself went to a private response_url that cannot hold files.
import type { App } from '@slack/bolt';
import { catalogue } from '../../core/answer/messages/catalogue.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { MatrixPicture } from '../../core/matrix/matrix-svg.js';
import { matrixFileName, matrixPng } from '../../runtime/matrix-image.js';
import type { Outlet, Reply } from '../../runtime/pipeline/outlet.js';
import type { SlackMessage } from './blocks.js';
import { classifyWebApiError } from './post-message.js';

type WebClient = App['client'];

/** A thread or a DM channel, or a user whose DM receives the picture. */
export type PictureTarget = { channel: string; thread?: string } | { dmWith: string };

/** `title` names the picture in the answer's language. */
type PictureMessage = SlackMessage & { picture?: { picture: MatrixPicture; title: string } };

/** A failure of the upload rather than of the answer before it. */
class UploadError extends Error {
  override name = 'UploadError';
}

/**
 * `reply` with the picture, when an answer has one, uploaded after the message. Each part is sent once:
 * a retry after a failed upload does not post the answer again.
 */
export function withPicture(reply: Reply<SlackMessage>, client: WebClient, kb: KnowledgeBase, target: PictureTarget): Reply<PictureMessage> {
  const done = new Map<string, { posted: boolean; uploaded: boolean; picture: boolean }>();
  const state = (id: string) => done.get(id) ?? done.set(id, { posted: false, uploaded: false, picture: false }).get(id)!;
  const outlet: Outlet<PictureMessage> = {
    async send({ picture, ...message }, attempt) {
      const s = state(attempt.messageId);
      s.picture = picture !== undefined;
      if (!s.posted) {
        await reply.outlet.send(message, attempt);
        s.posted = true;
      }
      if (picture && !s.uploaded) {
        await upload(client, kb, picture, target).catch((err: unknown) => {
          throw new UploadError('files.uploadV2 failed', { cause: err });
        });
        s.uploaded = true;
      }
    },
    classify: (err) => (err instanceof UploadError ? classifyWebApiError(err.cause) : reply.outlet.classify(err)),
    async landed(messageId) {
      const s = state(messageId);
      if (!s.posted && reply.outlet.landed) s.posted = await reply.outlet.landed(messageId);
      return s.posted && (s.uploaded || !s.picture);
    },
  };
  return {
    ...reply,
    render: {
      ...reply.render,
      answer: (answer, question) => ({
        ...reply.render.answer(answer, question),
        ...(answer.picture ? { picture: { picture: answer.picture, title: catalogue(answer.language).matrix.picture.caption(answer.picture.edition) } } : {}),
      }),
    },
    outlet,
  };
}

async function upload(client: WebClient, kb: KnowledgeBase, { picture, title }: NonNullable<PictureMessage['picture']>, target: PictureTarget): Promise<void> {
  const file = { file: matrixPng(kb, picture), filename: matrixFileName(picture), title, alt_text: title };
  if ('dmWith' in target) await client.filesUploadV2({ ...file, channel_id: await dmChannel(client, target.dmWith) });
  else if (target.thread) await client.filesUploadV2({ ...file, channel_id: target.channel, thread_ts: target.thread });
  else await client.filesUploadV2({ ...file, channel_id: target.channel });
}

async function dmChannel(client: WebClient, user: string): Promise<string> {
  const opened = await client.conversations.open({ users: user });
  if (!opened.channel?.id) throw new Error('conversations.open returned no channel');
  return opened.channel.id;
}
