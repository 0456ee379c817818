import { describe, expect, it } from 'vitest';
import { resolveSettings, SettingsError } from '../config.js';
import { defaultRecordSettings } from './RecordSettings.js';

describe('records settings', () => {
  it('default to Asia/Shanghai and take FORMWORK_TIME_ZONE', () => {
    expect(resolveSettings({}).records).toEqual(defaultRecordSettings);
    expect(resolveSettings({ FORMWORK_TIME_ZONE: 'Europe/Berlin' }).records.timeZone).toBe('Europe/Berlin');
  });

  it('refuse a zone the runtime does not know', () => {
    expect(() => resolveSettings({ FORMWORK_TIME_ZONE: 'Mars/Olympus' })).toThrow(SettingsError);
  });
});
