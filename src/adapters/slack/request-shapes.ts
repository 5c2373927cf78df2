import { z } from 'zod';

/**
 * The least a signed request must carry for our listeners to answer it. A request signed with our secret
 * is still checked: a bug or a leaked secret must not turn into a hang or a 500, and a body missing
 * what a listener reads gets a 400 here instead.
 */

const id = z.string().min(1);

const SlashCommand = z.object({ command: id, user_id: id, team_id: id, channel_id: id, response_url: z.string(), text: z.string().optional() });

const BlockActions = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id }),
  team: z.object({ id }).nullable().optional(),
  container: z.record(z.string(), z.unknown()),
  actions: z.array(z.object({ action_id: id, value: z.string().optional() })).min(1),
  response_url: z.string().optional(),
});

/** Shortcuts, view submissions and the rest: an object saying who acted. */
const OtherInteraction = z.object({ type: id, user: z.object({ id }), response_url: z.string().optional() });

const EventCallback = z.object({ type: z.literal('event_callback'), event_id: id, team_id: id, event: z.object({ type: id }) });
const UrlVerification = z.object({ type: z.literal('url_verification'), challenge: z.string() });
const OtherEnvelope = z.object({ type: id });

export type Checked = { ok: true; kind: 'command' | 'interaction' | 'event' | 'other'; responseUrl?: string } | { ok: false; reason: string };

/** The parsed body of a request to /slack/events (already known to be signed). */
export function checkShape(body: unknown, form: boolean): Checked {
  if (form && isRecord(body) && typeof body['command'] === 'string') {
    const command = SlashCommand.safeParse(body);
    return command.success ? { ok: true, kind: 'command', responseUrl: command.data.response_url } : problem('slash command', command.error);
  }
  if (!isRecord(body)) return { ok: false, reason: `the body is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}, not an object` };
  if (form) {
    const schema = body['type'] === 'block_actions' ? BlockActions : OtherInteraction;
    const interaction = schema.safeParse(body);
    return interaction.success
      ? { ok: true, kind: 'interaction', ...(interaction.data.response_url ? { responseUrl: interaction.data.response_url } : {}) }
      : problem('interaction payload', interaction.error);
  }
  const schema = body['type'] === 'event_callback' ? EventCallback : body['type'] === 'url_verification' ? UrlVerification : OtherEnvelope;
  const envelope = schema.safeParse(body);
  if (!envelope.success) return problem('event envelope', envelope.error);
  return { ok: true, kind: body['type'] === 'event_callback' ? 'event' : 'other' };
}

function problem(what: string, error: z.ZodError): Checked {
  const issue = error.issues[0]!;
  return { ok: false, reason: `${what}: ${issue.path.join('.') || 'top level'}: ${issue.message}` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
