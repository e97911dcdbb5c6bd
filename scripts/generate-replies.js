// Generates realistic support replies for benchmarks, deterministically from a seed:
// a greeting, two to six body sentences (good and bad), a closing and a sign-off.

const greetings = ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hey {name}!', 'Good morning {name},'];
const names = ['Sam', 'Priya', 'Geraldine', 'Omar', 'Mia', 'Chen', 'Lucía', 'Ngozi', 'Tomasz', 'Aiko'];
const body = [
  "I'm so sorry to hear your order hasn't arrived yet.",
  "I've sent a replacement that should arrive by Friday.",
  'You need to clear your cookies before the page will load.',
  'Unfortunately, we cannot refund digital purchases after 30 days.',
  'Your package will arrive tomorrow.',
  'Just check your settings and it should work.',
  'Go to Settings and then open Privacy and then clear your cookies.',
  'Thanks for reaching out about the Orange Peeler 2000; that sounds really frustrating.',
  'Could you send me the order number from your confirmation email?',
  "I've refunded the difference to your card ending in 4412.",
  'Our warehouse team is changing how fragile items are packed.',
  'Please update the CNAME record for your custom domain.',
  "I'll check with the courier and update you by this afternoon.",
  'As I mentioned, the tracking link is in your inbox.',
  'We apologise for any inconvenience this may have caused.',
  'The new version fixes the sync problem on Android and iOS.',
  'If you need to change the address, reply with the new one and I will update it.',
  'This is a known issue, and our engineers are working on a fix.',
  'You can find your invoices under Account, then Billing.',
  "I promise this will never happen again.",
];
const closings = [
  'Please reach out if anything else comes up.',
  'Let us know if you have any other questions.',
  "I'm here to help!",
  '',
  '',
];
const signOffs = ['Best,\n{agent}', 'Thanks,\n{agent}', 'Kind regards,\n{agent}\nCustomer Care', 'Cheers,\n{agent}', '{{agent.name}}'];
const agents = ['Rachel', 'Katie', 'Robert', 'Jordan', 'Alex'];

export function generateReplies(count, seed = 42) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const replies = [];
  for (let i = 0; i < count; i++) {
    const sentences = [];
    const n = 2 + Math.floor(next() * 5);
    for (let s = 0; s < n; s++) sentences.push(pick(body));
    const paragraphs = [sentences.slice(0, 2).join(' '), sentences.slice(2).join(' ')].filter(Boolean);
    const closing = pick(closings);
    if (closing) paragraphs.push(closing);
    const text = [pick(greetings).replace('{name}', pick(names)), ...paragraphs, pick(signOffs).replace('{agent}', pick(agents))].join('\n\n');
    replies.push({ id: `generated-${i + 1}`, text, channel: 'email' });
  }
  return replies;
}
