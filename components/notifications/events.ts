// The bell and the notifications page live in different trees; the page tells the bell to ask again
// after marking something read, so the count never waits for the next poll.
export const NOTIFICATIONS_CHANGED = "notifications:changed";

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
