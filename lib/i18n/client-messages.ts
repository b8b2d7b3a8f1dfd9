// Client components get only the messages they use. The whole catalogue is some 50 KB of JSON, and
// every page sent all of it to the browser, inside its HTML, whether a client component asked for it
// or not.

export type Messages = Record<string, unknown>;

/** What the root layout's client components use on every page: the header, field errors, the error page, a wide table's scroll hint. */
export const LAYOUT_NAMESPACES = ["nav", "errors", "errorPage", "table"] as const;

/**
 * The parts of `messages` named by `paths` ("review", or "summary.grades" for one branch of a
 * namespace), in the catalogue's own nesting. A path the catalogue lacks is an error, so that a
 * renamed namespace cannot leave a page's client components without their words.
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    let into = picked;
    keys.forEach((key, i) => {
      if (typeof from !== "object" || from === null || !(key in from)) throw new Error(`messages have no "${path}"`);
      from = (from as Messages)[key];
      if (i === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Messages;
    });
  }
  return picked;
}
