import { readFileSync } from 'node:fs';

// src/auth/ and dist/auth/ sit at the same depth, so one relative path serves both (as in config.ts).
const listFile = new URL('../../resources/common-passwords.txt', import.meta.url);

let commonPasswords: ReadonlySet<string> | undefined;

/**
 * Whether `password` is on the list of common passwords shipped with the server
 * (`resources/common-passwords.txt`, whose header says where it comes from), regardless of case,
 * width (NFKC, as passwords are hashed) and surrounding spaces. The list is read on first use.
 *
 * @example
 * isCommonPassword('QwertyUIOP') // true
 */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= readList();
  return commonPasswords.has(password.normalize('NFKC').trim().toLowerCase());
}

function readList(): ReadonlySet<string> {
  const lines = readFileSync(listFile, 'utf8').split('\n');
  return new Set(lines.filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.trim().toLowerCase()));
}
