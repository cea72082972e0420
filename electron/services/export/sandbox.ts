/**
 * Whether the PDF Chromium of the browser host and the command line runs in its sandbox. It does
 * wherever the system lets it; where it cannot, the reason is said once per process (stderr), and
 * `cli doctor` prints it too.
 */
import { readFileSync } from 'node:fs';

export interface SandboxChoice {
  /** Launch with Chromium's sandbox (Playwright's chromiumSandbox). */
  sandbox: boolean;
  /** Why the sandbox is off; null when it is on. */
  why: string | null;
}

function sysctl(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * What the system allows before trying: Chromium refuses its sandbox as root, and its Linux sandbox
 * needs unprivileged user namespaces (the setuid helper is not used by Playwright). A launch that
 * still fails in the sandbox is retried without it by the printer (see sandboxFailed).
 */
export function sandboxChoice(): SandboxChoice {
  if (process.platform !== 'linux') return { sandbox: true, why: null };
  if (process.getuid?.() === 0) return { sandbox: false, why: 'Claimwork runs as root, and Chromium does not run its sandbox as root' };
  if (sysctl('/proc/sys/kernel/unprivileged_userns_clone') === '0') {
    return { sandbox: false, why: 'unprivileged user namespaces are off (kernel.unprivileged_userns_clone = 0), and the sandbox needs them' };
  }
  if (sysctl('/proc/sys/user/max_user_namespaces') === '0') {
    return { sandbox: false, why: 'user namespaces are off (user.max_user_namespaces = 0), and the sandbox needs them' };
  }
  return { sandbox: true, why: null };
}

/** The choice after a sandboxed launch failed: off, with Chromium's own first line as the reason. */
export function sandboxFailed(error: unknown): SandboxChoice {
  const first = (error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.trim()) ?? 'no message';
  return { sandbox: false, why: `Chromium could not start in its sandbox here (${first.trim().slice(0, 200)})` };
}

let told = false;

/** Writes the reason the sandbox is off to stderr, the first time only in this process. */
export function sayWhyUnsandboxedOnce(choice: SandboxChoice): void {
  if (choice.sandbox || told) return;
  told = true;
  process.stderr.write(`Claimwork: the PDF Chromium runs without its sandbox: ${choice.why ?? 'unknown reason'}.\n`);
}
