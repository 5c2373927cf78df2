/**
 * The action ids of our Block Kit buttons. The button's meaning travels in its value (the shared button
 * codec); the id only routes the click to a listener, and must be unique within a message.
 */
export const ACTION = {
  share: 'modelgo_share',
  thumbsUp: 'modelgo_feedback_up',
  thumbsDown: 'modelgo_feedback_down',
  /** "Why?": the value is an AnswerMemory id. */
  details: 'modelgo_details',
  /** Followed by the choice's index. */
  choicePrefix: 'modelgo_choice_',
} as const;

export const CHOICE_ACTION = /^modelgo_choice_\d+$/;
export const FEEDBACK_ACTION = /^modelgo_feedback_(?:up|down)$/;
