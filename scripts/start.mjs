// `npm start`: install what is missing, then serve the game. `npm start -- --host` also serves it
// to other devices on the network (a phone on the same Wi-Fi); Vite prints both addresses.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDeps } from './install-deps.mjs';

if (!ensureDeps()) process.exit(1);
const args = process.argv.slice(2);
const host = args.includes('--host') ? ['--host', '0.0.0.0'] : ['--host', '127.0.0.1'];
const rest = args.filter((a) => a !== '--host');
const vite = join(import.meta.dirname, '..', 'node_modules', '.bin', 'vite');
const child = spawn(vite, [...host, ...rest], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
