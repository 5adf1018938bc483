/**
 * Finds the browsers the end-to-end tests drive: the path in the environment variable, then the usual system
 * paths. On a Debian machine run as root (a fresh CI box) a missing browser is installed with apt-get; anywhere
 * else we say exactly what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface BrowserSpec {
  name: string;
  /** The environment variable that names the executable. */
  variable: string;
  candidates: readonly string[];
  debianPackage: string;
  elsewhere: string;
}

const CHROMIUM: BrowserSpec = {
  name: 'Chromium or Chrome',
  variable: 'CHROME_PATH',
  candidates: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  debianPackage: 'chromium',
  elsewhere:
    'install Chrome or Chromium, then set CHROME_PATH=/path/to/chrome (Playwright’s own browser download is not used)',
};

const FIREFOX: BrowserSpec = {
  name: 'Firefox',
  variable: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
  debianPackage: 'firefox-esr',
  elsewhere: 'install Firefox (140 or later), then set FIREFOX_PATH=/path/to/firefox',
};

function find(spec: BrowserSpec): string | undefined {
  const fromEnv = process.env[spec.variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${spec.variable} is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return spec.candidates.find((path) => existsSync(path));
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function ensure(spec: BrowserSpec): string {
  const found = find(spec);
  if (found) return found;
  if (canInstallWithApt()) {
    console.log(`${spec.name} is missing: installing Debian’s ${spec.debianPackage} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', spec.debianPackage], { stdio: 'inherit', env });
    const installed = find(spec);
    if (installed) return installed;
  }
  throw new Error(
    [
      `No ${spec.name} found for the end-to-end tests.`,
      `  Debian/Ubuntu: sudo apt-get install -y ${spec.debianPackage}`,
      `  Elsewhere: ${spec.elsewhere}`,
    ].join('\n'),
  );
}

export const findChromium = () => find(CHROMIUM);
export const ensureChromium = () => ensure(CHROMIUM);
export const ensureFirefox = () => ensure(FIREFOX);
