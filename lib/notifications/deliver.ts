// The hook where a notification could also leave the app, by e-mail or otherwise. Every entry added
// to someone's to-do page passes through deliverNotifications after its transaction has committed
// (so nothing is sent for a change that was rolled back). By default nothing is sent and no mail
// server is needed: an installation that wants e-mail sets a sender once at start-up
// (setNotificationSender in instrumentation.ts, say) that looks up each recipient's address and sends.
// A sender's failure is logged and never undoes the change. See docs/daily-work.md, notifications.

export type OutgoingNotification = { userId: number; kind: string; areaId: number; year: number };
export type NotificationSender = (entries: readonly OutgoingNotification[]) => void | Promise<void>;

let sender: NotificationSender | null = null;

/** Installs (or, with null, removes) the one sender of the process. */
export function setNotificationSender(next: NotificationSender | null) {
  sender = next;
}

export function deliverNotifications(entries: readonly OutgoingNotification[]) {
  if (!sender || entries.length === 0) return;
  try {
    void Promise.resolve(sender(entries)).catch((error) => console.error("notification sender failed", error));
  } catch (error) {
    console.error("notification sender failed", error);
  }
}
