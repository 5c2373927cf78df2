/**
 * Discord's hard limits on embeds and buttons. A message over any of them is rejected with a 400, so
 * the renderer trims to these before sending.
 */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Across every text part of all embeds of one message. */
  total: 6000,
} as const;

export const COMPONENT_LIMITS = {
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rows: 5,
} as const;

export const AUTOCOMPLETE_LIMITS = {
  choices: 25,
  name: 100,
  value: 100,
} as const;
