/** The people in this board's room, shown in the top bar. */
export function PresenceAvatars() {
  return null;
}
