/**
 * Which boxes are reply boxes. Only a <textarea> or the root of a
 * contenteditable region; never an <input> (passwords, card numbers), and never
 * a box that says it holds a secret or a payment detail, or sits in a form that
 * asks for one.
 */
const secretAutocomplete = ['cc-', 'current-password', 'new-password', 'one-time-code', 'transaction-'];
const secretWords = ['password', 'passwd', 'card number', 'cardnumber', 'card-number', 'cvv', 'cvc', 'iban', 'security code', 'expiry', 'payment'];

function says(el: Element, attr: string): string {
  return (el.getAttribute(attr) ?? '').toLowerCase();
}

export function isSensitive(el: Element): boolean {
  const auto = says(el, 'autocomplete');
  if (secretAutocomplete.some((s) => auto.startsWith(s))) return true;
  const label = ['name', 'id', 'aria-label', 'placeholder'].map((a) => says(el, a)).join(' ');
  if (secretWords.some((w) => label.includes(w))) return true;
  const form = el.closest('form');
  if (form && form.querySelector('input[type="password"], [autocomplete^="cc-"]')) return true;
  return false;
}

/** The reply box an element belongs to, if it is one the extension may read. */
export function replyBoxOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  let box: HTMLElement | null = null;
  if (target instanceof HTMLTextAreaElement) box = target;
  else if (target.isContentEditable) {
    box = target;
    while (box.parentElement && box.parentElement.isContentEditable) box = box.parentElement;
  }
  if (!box) return null;
  if (box instanceof HTMLTextAreaElement && (box.disabled || box.readOnly)) return null;
  if (isSensitive(box)) return null;
  return box;
}
