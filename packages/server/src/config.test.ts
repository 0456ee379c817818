import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArguments } from './cliArguments.js';
import { defaultSettings, resolveSettings, SettingsError } from './config.js';

describe('resolveSettings', () => {
  it('uses the documented defaults when nothing is set', () => {
    const settings = resolveSettings({});
    expect(settings.port).toBe(3000);
    expect(settings.dataDir).toBe(resolve('data'));
    expect(settings.admin).toEqual({ username: 'admin', password: null });
  });

  it('reads the environment', () => {
    const settings = resolveSettings({ PORT: '8080', FORMWORK_DATA_DIR: '/srv/fw', FORMWORK_ADMIN_USER: 'root', FORMWORK_ADMIN_PASSWORD: 'secret-123' });
    expect(settings).toMatchObject({ port: 8080, dataDir: '/srv/fw', admin: { username: 'root', password: 'secret-123' } });
  });

  it('lets flags win over the environment', () => {
    const settings = resolveSettings({ PORT: '8080', FORMWORK_DATA_DIR: '/srv/fw' }, { port: 9090, dataDir: '/tmp/x', adminUser: 'boss', adminPassword: 'pw-pw-pw-pw' });
    expect(settings).toMatchObject({ port: 9090, dataDir: '/tmp/x', admin: { username: 'boss', password: 'pw-pw-pw-pw' } });
  });

  it('treats empty variables as unset', () => {
    expect(resolveSettings({ PORT: '', FORMWORK_ADMIN_PASSWORD: '' })).toMatchObject({ port: 3000, admin: { password: null } });
  });

  it.each(['abc', '-1', '70000', '80.5'])('refuses PORT=%s', (port) => {
    expect(() => resolveSettings({ PORT: port })).toThrow(SettingsError);
  });

  it('refuses unknown boolean and cookie settings', () => {
    expect(() => resolveSettings({ FORMWORK_TRUST_PROXY: 'maybe' })).toThrow(/FORMWORK_TRUST_PROXY/);
    expect(() => resolveSettings({ FORMWORK_SECURE_COOKIES: 'sometimes' })).toThrow(/FORMWORK_SECURE_COOKIES/);
    expect(resolveSettings({ FORMWORK_TRUST_PROXY: 'true', FORMWORK_SECURE_COOKIES: 'always' })).toMatchObject({ trustProxy: true, secureCookies: 'always' });
  });

  it('finds the web apps beside the server package', () => {
    expect(defaultSettings.webRoots.designer).toMatch(/packages[\\/]designer[\\/]dist$/);
    expect(defaultSettings.webRoots.app).toMatch(/packages[\\/]runtime[\\/]dist-app$/);
  });
});

describe('parseCliArguments', () => {
  it('defaults to serve', () => {
    expect(parseCliArguments([])).toEqual({ command: 'serve', flags: {} });
  });

  it('reads --flag value and --flag=value', () => {
    expect(parseCliArguments(['serve', '--port', '0', '--data-dir=/d', '--admin-user', 'a', '--admin-password=p w'])).toEqual({
      command: 'serve',
      flags: { port: 0, dataDir: '/d', adminUser: 'a', adminPassword: 'p w' },
    });
  });

  it('reads backup FILE with an optional data folder', () => {
    expect(parseCliArguments(['backup', 'out.sqlite', '--data-dir', '/d'])).toEqual({ command: 'backup', file: 'out.sqlite', dataDir: '/d' });
  });

  it('answers --help anywhere', () => {
    expect(parseCliArguments(['serve', '--help'])).toEqual({ command: 'help' });
  });

  it.each([
    [['serve', '--bogus', '1'], /unknown option --bogus/],
    [['serve', '--port'], /--port needs a value/],
    [['serve', '--port', 'x'], /--port must be a port/],
    [['backup'], /destination FILE/],
    [['backup', 'a', '--port', '1'], /does not apply to backup/],
    [['frobnicate'], /unknown command/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArguments(argv)).toThrow(message);
  });
});
