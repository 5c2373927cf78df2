import { execSync } from 'node:child_process';

// End-to-end tests run the real `modelgo-bot` command, which runs the compiled code: build it first so
// they never exercise a stale dist/. A failed build is reported here and then fails those tests; the
// unit tests still run, so the failure points at its cause.
export default function setup(): void {
  try {
    execSync('npm run build', { stdio: 'pipe' });
  } catch (err) {
    const out = err as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`\nnpm run build failed; tests that run the command will fail:\n${out.stdout ?? ''}${out.stderr ?? ''}\n`);
  }
}
