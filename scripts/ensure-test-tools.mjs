// Runs before `npm test`: the interop, manifest and browser tests need three Debian programs.
// On a fresh Debian/Ubuntu machine they are installed here (as root or with sudo), so that the
// README's `npm test` is the whole set-up; elsewhere this says what to install and goes on.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = [
  { command: 'xmllint', packages: ['libxml2-utils'] },
  { command: 'chromium', packages: ['chromium'] },
  { command: 'soffice', packages: ['libreoffice-calc-nogui'] },
  { command: 'pdftoppm', packages: ['poppler-utils'] },
];
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = tools.filter((t) => !has(t.command));
if (missing.length === 0) process.exit(0);

const packages = [...missing.flatMap((t) => t.packages), 'fonts-noto-cjk'];
const root = process.getuid?.() === 0;
if (!existsSync('/usr/bin/apt-get') || (!root && !has('sudo'))) {
  console.warn(
    `测试需要 / tests need: ${packages.join(' ')} (apt-get install). Tests that use them will fail until installed.`,
  );
  process.exit(0);
}
console.log(`安装测试所需的程序 / installing test tools: ${packages.join(' ')}`);
const sudo = root ? [] : ['sudo'];
const run = (args) =>
  execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
