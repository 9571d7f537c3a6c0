/**
 * `npm start`: builds data/timeline.json if it is missing, then serves the app on localhost with
 * Vite's dev server and prints the address. (`npm run build && npm run preview` serves the built,
 * prerendered site instead.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'data/timeline.json'))) {
  console.log('data/timeline.json is missing: building it from data/events.yaml…');
  execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/data.ts')], { stdio: 'inherit', cwd: root });
}
const port = Number(process.env.PORT ?? 5173);
const server = await createServer({ root, server: { port, host: process.env.HOST ?? 'localhost' } });
await server.listen();
server.printUrls();
console.log('\nThe timeline is running. Press Ctrl+C to stop.');
