// `npm start`: builds Lectern and opens it in Electron. Electron's binary is looked up
// first (see find-electron.mjs) so a machine without it is told so at once, without a
// build and without a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { findElectron, missingElectronMessage } from './find-electron.mjs';

const electron = findElectron();
if (!electron.ok) {
  console.error(missingElectronMessage(electron.reason));
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('The build failed, so Lectern was not started (see the messages above).');
  process.exit(build.status ?? 1);
}

const args = ['.', ...process.argv.slice(2)];
// Chromium refuses to run as root with its sandbox on; that only happens in containers and CI.
if (process.platform === 'linux' && process.getuid?.() === 0) {
  console.warn('Running as root: starting Electron with --no-sandbox (do not do this on a desktop).');
  args.push('--no-sandbox');
}
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node

const child = spawn(electron.executable, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start Electron at ${electron.executable}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
