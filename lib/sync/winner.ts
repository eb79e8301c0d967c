/**
 * Which of two versions of one goal wins. Every device applies the same rule to the same pair,
 * so all of them settle on the same winner without talking to each other:
 *   1. the higher revision (each save increments it, so the goal edited more often since the
 *      last agreement wins — for a deletion too: a tombstone is a version with a rev);
 *   2. equal revisions with different content (both devices saved once since they last agreed):
 *      the later `updatedAt`;
 *   3. same instant: the greater device id; then the greater hash, then the deletion, so that
 *      the order is total and both sides of any pair agree.
 */
export interface Version {
  rev: number;
  updatedAt: string;
  device: string;
  /** Hash of the goal's canonical JSON; '' for a tombstone. */
  hash: string;
  deleted?: boolean;
}

export function winner(local: Version, remote: Version): 'local' | 'remote' | 'same' {
  if (remote.rev !== local.rev) return remote.rev > local.rev ? 'remote' : 'local';
  if (remote.hash === local.hash && !remote.deleted === !local.deleted) return 'same';
  const t = Date.parse(remote.updatedAt) - Date.parse(local.updatedAt);
  if (t !== 0 && !Number.isNaN(t)) return t > 0 ? 'remote' : 'local';
  if (remote.device !== local.device) return remote.device > local.device ? 'remote' : 'local';
  if (remote.hash !== local.hash) return remote.hash > local.hash ? 'remote' : 'local';
  return remote.deleted ? 'remote' : 'local'; // only the deletion differs: it stands
}
