import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwordHash.js';

describe('password hashing', () => {
  it('verifies the right password and refuses others', async () => {
    const hash = await hashPassword('correct horse', 10, randomBytes);
    await expect(verifyPassword('correct horse', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horsf', hash)).resolves.toBe(false);
    await expect(verifyPassword('', hash)).resolves.toBe(false);
  });

  it('stores its parameters, so hashes made at another cost still verify', async () => {
    const cheap = await hashPassword('pw-pw-pw-pw', 10, randomBytes);
    const dear = await hashPassword('pw-pw-pw-pw', 14, randomBytes);
    expect(cheap.split('$').slice(0, 4)).toEqual(['scrypt', '10', '8', '1']);
    expect(dear.split('$')[1]).toBe('14');
    await expect(verifyPassword('pw-pw-pw-pw', cheap)).resolves.toBe(true);
    await expect(verifyPassword('pw-pw-pw-pw', dear)).resolves.toBe(true);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', 10, randomBytes)).not.toBe(await hashPassword('same', 10, randomBytes));
  });

  it('treats composed and decomposed Unicode alike (NFKC)', async () => {
    const hash = await hashPassword('caf\u00e9', 10, randomBytes);
    await expect(verifyPassword('cafe\u0301', hash)).resolves.toBe(true);
  });

  it.each(['', 'plain', 'scrypt$x$8$1$a$b', 'scrypt$99$8$1$a$b', 'bcrypt$10$8$1$a$b'])('refuses the malformed hash %j', async (stored) => {
    await expect(verifyPassword('anything', stored)).resolves.toBe(false);
  });
});
