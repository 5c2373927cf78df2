/**
 * Gateway payloads shaped like Discord's (API v10), for the fake to send: the test server, and the
 * interactions and messages a user's actions produce.
 */

let counter = 1_200_000_000_000_000_000n;
/** A fresh, valid-looking (19-digit) snowflake. */
export function snowflake(): string {
  counter += 1n;
  return String(counter);
}

export const APP_ID = '1084226381911756800';
export const GUILD_ID = '1100000000000000001';
export const CHANNEL_ID = '1100000000000000002';
export const DM_CHANNEL_ID = '1100000000000000003';

export const BOT_USER = { id: APP_ID, username: 'ModelGo', discriminator: '0', global_name: null, avatar: null, bot: true };

export interface User {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

/** A Discord user; a fresh id each call unless given, so tests do not share one rate-limit budget. */
export function user(id = snowflake(), username = 'alice'): User {
  return { id, username, discriminator: '0', global_name: username, avatar: null };
}

const JOINED = '2024-01-01T00:00:00.000Z';
const member = (u?: User) => ({
  ...(u ? { user: u } : {}),
  roles: [],
  joined_at: JOINED,
  deaf: false,
  mute: false,
  flags: 0,
  nick: null,
  avatar: null,
  premium_since: null,
  pending: false,
});
const channel = {
  id: CHANNEL_ID,
  type: 0,
  guild_id: GUILD_ID,
  name: 'general',
  position: 0,
  permission_overwrites: [],
  nsfw: false,
  topic: null,
  last_message_id: null,
  rate_limit_per_user: 0,
  parent_id: null,
};

/** The server the bot is in: one text channel, the bot as its only cached member. */
export function guildCreate(): Record<string, unknown> {
  return {
    id: GUILD_ID,
    name: 'License Lab',
    icon: null,
    owner_id: '1100000000000000099',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '0', managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    joined_at: JOINED,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(BOT_USER)],
    channels: [channel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    premium_progress_bar_enabled: false,
  };
}

/** Option values: strings, or booleans (Discord's option type 5). */
type Options = Record<string, string | boolean>;

function interaction(type: number, data: unknown, from: User, extra: Record<string, unknown> = {}): Record<string, unknown> & { id: string } {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    type,
    data,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel,
    member: { ...member(from), permissions: '2248473465835073' },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: 0,
    ...extra,
  };
}

function subcommand(name: string, options: Options, focused?: string) {
  return {
    id: '1100000000000000050',
    name: 'modelgo',
    type: 1,
    options: [
      {
        type: 1,
        name,
        options: Object.entries(options).map(([key, value]) => ({
          type: typeof value === 'boolean' ? 5 : 3,
          name: key,
          value,
          ...(key === focused ? { focused: true } : {}),
        })),
      },
    ],
  };
}

/** `/modelgo <sub> key:value …` as a user in the test server runs it. */
export function slashCommand(sub: string, options: Options = {}, from = user()) {
  return interaction(2, subcommand(sub, options), from);
}

/** Typing into option `focused` of `/modelgo <sub>`. */
export function autocomplete(sub: string, options: Options, focused: string, from = user()) {
  return interaction(4, subcommand(sub, options, focused), from);
}

/** One of the bot's messages, as a button press carries it: `components` and `flags` as it was sent. */
export function botMessage(shape: { id?: string; components?: unknown[]; flags?: number } = {}) {
  return {
    id: shape.id ?? snowflake(),
    channel_id: CHANNEL_ID,
    guild_id: GUILD_ID,
    author: BOT_USER,
    content: '',
    embeds: [],
    components: shape.components ?? [],
    timestamp: JOINED,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
    flags: shape.flags ?? 0,
  };
}

/** Pressing a button with `customId` on one of the bot's messages. */
export function buttonPress(customId: string, from = user(), message = botMessage()) {
  return interaction(3, { custom_id: customId, component_type: 2 }, from, { message });
}

/** Choosing `name` in the Apps menu of `target` (a message command). */
export function messageCommand(name: string, target: { id: string }, from = user()) {
  return interaction(2, { id: '1100000000000000051', name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } }, from);
}

function message(content: string, from: User, where: Record<string, unknown>, mentions: unknown[]) {
  return {
    id: snowflake(),
    content,
    author: from,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...where,
  };
}

/** A message in the test server's channel; `mention` puts `@ModelGo` in front, as Discord's client does. */
export function channelMessage(text: string, { mention = true, from = user() }: { mention?: boolean; from?: User } = {}) {
  return message(
    mention ? `<@${BOT_USER.id}> ${text}` : text,
    from,
    { channel_id: CHANNEL_ID, guild_id: GUILD_ID, member: member() },
    mention ? [{ ...BOT_USER, member: member() }] : [],
  );
}

/** A direct message to the bot. */
export function directMessage(text: string, from = user()) {
  // Discord names the channel type on DM messages; discord.js needs it to build the (uncached) DM channel.
  return message(text, from, { channel_id: DM_CHANNEL_ID, channel_type: 1 }, []);
}

/**
 * A reply (Discord's message type 19) in the test server's channel to `referenced`, one of the bot's
 * messages. With `ping` off the reply does not mention the bot: only the reference says who is answered.
 */
export function replyInChannel(text: string, referenced: Record<string, unknown>, { from = user(), ping = false }: { from?: User; ping?: boolean } = {}) {
  return {
    ...message(text, from, { channel_id: CHANNEL_ID, guild_id: GUILD_ID, member: member() }, ping ? [{ ...BOT_USER, member: member() }] : []),
    type: 19,
    message_reference: { type: 0, message_id: referenced['id'], channel_id: CHANNEL_ID, guild_id: GUILD_ID },
    referenced_message: referenced,
  };
}
