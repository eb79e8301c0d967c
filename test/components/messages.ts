/** The background, faked at the browser's edge: `send` runs for real against these answers. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Sent = { type: string; payload: unknown };
type Answers = Record<string, (payload: never) => unknown>;

export function fakeBackground(answers: Answers) {
  const sent: Sent[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Sent) => {
    sent.push(message);
    const answer = answers[message.type];
    return answer ? answer(message.payload as never) : null;
  }) as never);
  return { sent, of: (type: string) => sent.filter((m) => m.type === type) };
}
