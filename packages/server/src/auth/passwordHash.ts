import { scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const keyLength = 64;
const blockSize = 8;
const parallelism = 1;

/**
 * Hashes a password with scrypt and a fresh 16-byte salt. The result carries its parameters
 * (`scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`, base64url), so the cost can rise later without
 * locking anyone out.
 *
 * @param cost log2 of scrypt's N (15 → N = 32768, about 32 MiB and tens of milliseconds).
 */
export async function hashPassword(password: string, cost: number, randomBytes: (size: number) => Buffer): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost, blockSize, parallelism);
  return ['scrypt', cost, blockSize, parallelism, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Whether `password` matches a stored hash, compared in constant time. False for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, costText, rText, pText, saltText, hashText] = stored.split('$');
  const cost = Number(costText);
  const r = Number(rText);
  const p = Number(pText);
  if (scheme !== 'scrypt' || !saltText || !hashText || ![cost, r, p].every((n) => Number.isInteger(n) && n > 0) || cost > 20) {
    return false;
  }
  const expected = Buffer.from(hashText, 'base64url');
  const actual = await derive(password, Buffer.from(saltText, 'base64url'), cost, r, p);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function derive(password: string, salt: Buffer, cost: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** cost;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
