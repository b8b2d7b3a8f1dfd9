// How long a session lasts (docs/security.md, "Sessions"). No imports: next-auth's options, the
// queries and the tests share these.

/** Idle limit: a session not used for 8 hours ends. Each use renews it for another 8 hours… */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;

/** …but never beyond 7 days after the password was checked: then the person signs in again. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
