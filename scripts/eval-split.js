// Which labelled replies are held back: a third of them, chosen by a hash of
// the reply's id, so the split never depends on the order of the labels and
// no one picks which replies land where.

/** FNV-1a over the id's UTF-16 code units. */
export function hashId(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** True for the held-back part: looked at only to report the final figure. */
export function isHeldBack(id) {
  return hashId(`held:${id}`) % 3 === 0;
}
