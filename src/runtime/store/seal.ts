import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Installation tokens are stored sealed with AES-256-GCM: a database dump or a backup does not hand out
 * working bot tokens, and a tampered row fails to open instead of yielding a forged token. The text
 * form is "v1.<iv>.<tag>.<ciphertext>" in base64, so the format can change without guessing.
 */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64'))).join('.');
}

/** Throws when the key is wrong or the text was altered. */
export function unseal(key: Buffer, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value this version can open');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}
