/**
 * First run: a fresh install opens the welcome page (entrypoints/welcome), so a new user learns
 * what Pacer reads and where, and how to start. Updates, browser updates and reloads of an
 * unpacked build open nothing: the page is for someone who has never seen Pacer.
 */
export const WELCOME_PAGE = '/welcome.html' as const;

export async function welcomeOnInstall(
  details: { reason: string },
  open: (path: string) => Promise<unknown>,
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await open(WELCOME_PAGE);
  return true;
}
