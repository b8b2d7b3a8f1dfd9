/**
 * What every server action answers: whether it was done, a message code the UI translates, the
 * problems found per field (`P`: a code, or a code with the limits it names), and the action's data.
 */
export type ActionResult<T = undefined, P = string> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, P[]>;
  data?: T;
};
