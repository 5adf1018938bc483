/**
 * Finds a Chromium to drive: $CHROME_PATH, then the usual system paths. On a Debian machine run as root
 * (a fresh CI box) a missing Chromium is installed with apt-get; anywhere else we say exactly what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('Chromium is missing: installing Debian’s chromium with apt-get (about 30 s)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    [
      'No Chromium or Chrome found for the end-to-end tests.',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  Elsewhere: install Chrome or Chromium, then set CHROME_PATH=/path/to/chrome',
      '(Playwright’s own browser download is not used: playwright-core drives the browser you have.)',
    ].join('\n'),
  );
}
