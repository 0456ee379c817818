import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../storage/sqlite/migrateDatabase.js';
import { openDatabase, type SqliteDatabase } from '../storage/sqlite/openDatabase.js';
import { createSqliteStores } from '../storage/sqlite/createSqliteStores.js';
import { TestClock } from '../testing/TestClock.js';
import { LoginRateLimiter } from './LoginRateLimiter.js';

const MINUTE = 60_000;
const limits = { windowMs: 15 * MINUTE, perAccount: 4, perAddressAndAccount: 2, perAddress: 6 };

const opened: SqliteDatabase[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function limiterOver(db: SqliteDatabase, clock: TestClock): LoginRateLimiter {
  opened.push(db);
  migrateDatabase(db, clock.now);
  const stores = createSqliteStores(db);
  return new LoginRateLimiter(stores.loginAttempts, stores.transaction, limits, clock.now);
}

const from = (address: string, username = 'alice') => ({ username, address });

describe('LoginRateLimiter', async () => {
  it('locks an address out of an account after perAddressAndAccount failures, until the oldest counted leaves the window', async () => {
    const clock = new TestClock(0);
    const limiter = limiterOver(openDatabase(':memory:'), clock);
    expect(await limiter.recordFailure(from('10.0.0.1'))).toBe(0);
    clock.advance(MINUTE);
    expect(await limiter.recordFailure(from('10.0.0.1'))).toBe(0); // the second is still within the limit
    expect(await limiter.waitBeforeCheck(from('10.0.0.1'))).toBe(14 * MINUTE);
    expect(await limiter.waitBeforeCheck(from('10.0.0.2'))).toBe(0); // another address may still try
    expect(await limiter.waitBeforeCheck(from('10.0.0.1', 'bob'))).toBe(0); // and this address another account
    clock.advance(14 * MINUTE);
    expect(await limiter.waitBeforeCheck(from('10.0.0.1'))).toBe(0);
  });

  it('locks an account from every address after perAccount failures, also for a right password', async () => {
    const clock = new TestClock(0);
    const limiter = limiterOver(openDatabase(':memory:'), clock);
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']) expect(await limiter.recordFailure(from(address))).toBe(0);
    expect(await limiter.waitBeforeCheck(from('10.0.0.9'))).toBe(15 * MINUTE);
    expect(await limiter.admitSuccess(from('10.0.0.9'))).toBe(15 * MINUTE);
    expect(await limiter.waitBeforeCheck(from('10.0.0.9', 'bob'))).toBe(0);
  });

  it('counts the failure beyond a limit as a 429 (parallel guesses that all passed the first check)', async () => {
    const limiter = limiterOver(openDatabase(':memory:'), new TestClock(0));
    expect(await Promise.all([1, 2, 3].map(() => limiter.recordFailure(from('10.0.0.1'))))).toEqual([0, 0, 15 * MINUTE]);
  });

  it('refuses wrong passwords past the per-address limit but never a right one', async () => {
    const limiter = limiterOver(openDatabase(':memory:'), new TestClock(0));
    const results = await Promise.all(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'].map((username) => limiter.recordFailure(from('10.0.0.1', username))));
    expect(results).toEqual([0, 0, 0, 0, 0, 0, 15 * MINUTE]);
    expect(await limiter.waitBeforeCheck(from('10.0.0.1', 'admin'))).toBe(0);
    expect(await limiter.admitSuccess(from('10.0.0.1', 'admin'))).toBe(0);
  });

  it('forgets the address’s failures at the account on success, but not the account’s', async () => {
    const limiter = limiterOver(openDatabase(':memory:'), new TestClock(0));
    await limiter.recordFailure(from('10.0.0.1'));
    await limiter.recordFailure(from('10.0.0.2'));
    await limiter.recordFailure(from('10.0.0.2'));
    expect(await limiter.admitSuccess(from('10.0.0.1'))).toBe(0);
    expect(await limiter.recordFailure(from('10.0.0.1'))).toBe(0);
    expect(await limiter.recordFailure(from('10.0.0.1'))).toBe(15 * MINUTE); // account: 5 > 4
  });

  it('matches usernames regardless of case and counts an IPv6 /64 as one address', async () => {
    const limiter = limiterOver(openDatabase(':memory:'), new TestClock(0));
    await limiter.recordFailure({ username: 'Alice', address: '2001:db8:1:2::1' });
    await limiter.recordFailure({ username: 'ALICE', address: '2001:db8:1:2:ffff::9' });
    expect(await limiter.waitBeforeCheck({ username: 'alice', address: '2001:0db8:0001:0002:0:0:0:5' })).toBe(15 * MINUTE);
    expect(await limiter.waitBeforeCheck({ username: 'alice', address: '2001:db8:1:3::1' })).toBe(0);
    await limiter.recordFailure({ username: 'carol', address: '::ffff:10.1.1.1' });
    await limiter.recordFailure({ username: 'carol', address: '10.1.1.1' });
    expect(await limiter.waitBeforeCheck({ username: 'carol', address: '10.1.1.1' })).toBe(15 * MINUTE);
  });

  it('keeps only one window of failures, and stores no username or address as typed', async () => {
    const clock = new TestClock(0);
    const db = openDatabase(':memory:');
    const limiter = limiterOver(db, clock);
    await limiter.recordFailure(from('10.0.0.1', 'my-secret-password'));
    expect(db.prepare('SELECT count(*) FROM login_failures').pluck().get()).toBe(3);
    expect(JSON.stringify(db.prepare('SELECT * FROM login_failures').all())).not.toMatch(/secret|10\.0\.0\.1/);
    clock.advance(15 * MINUTE + 1);
    await limiter.recordFailure(from('10.0.0.2', 'bob'));
    expect(db.prepare('SELECT count(*) FROM login_failures').pluck().get()).toBe(3);
  });

  it('shares the counts between two processes’ connections to one database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'formwork-limiter-'));
    dirs.push(dir);
    const clock = new TestClock(0);
    const first = limiterOver(openDatabase(join(dir, 'formwork.sqlite')), clock);
    const second = limiterOver(openDatabase(join(dir, 'formwork.sqlite')), clock);
    await first.recordFailure(from('10.0.0.1'));
    expect(await second.recordFailure(from('10.0.0.1'))).toBe(0);
    expect(await first.waitBeforeCheck(from('10.0.0.1'))).toBe(15 * MINUTE);
    expect(await second.recordFailure(from('10.0.0.1'))).toBe(15 * MINUTE);
  });
});
