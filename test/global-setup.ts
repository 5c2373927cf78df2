import { execSync } from 'node:child_process';

// End-to-end tests run the real `modelgo-bot` command, which runs the compiled code: build it first so
// the tests never exercise a stale dist/.
export default function setup(): void {
  execSync('npm run build', { stdio: 'inherit' });
}
