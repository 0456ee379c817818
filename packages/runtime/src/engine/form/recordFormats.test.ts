import { describe, expect, it } from 'vitest';
import { dateTimeToEpoch, isDate, isDateTime, isEmail, isPhone, isUrl } from './recordFormats.js';

describe('record formats', () => {
  it.each(['a@b.cn', 'sales.lead+crm@example.com', 'x_y@mail.example.org'])('accepts the email %s', (value) => {
    expect(isEmail(value)).toBe(true);
  });
  it.each(['', 'plain', 'a@b', '@example.com', 'a b@example.com', 'a@-example.com', `${'a'.repeat(250)}@example.com`])('rejects the email %j', (value) => {
    expect(isEmail(value)).toBe(false);
  });

  it.each(['13812345678', '19912345678', '+86 13812345678', '+8613812345678', '010-12345678', '0755-1234567', '02112345678', '010-12345678-123', '+86 10 12345678'])(
    'accepts the phone number %s',
    (value) => {
      expect(isPhone(value)).toBe(true);
    },
  );
  it.each(['12812345678', '1381234567', '138123456789', '123', '+1 4155550100', '010-123', 'tel:13812345678', '1381234567a'])('rejects the phone number %j', (value) => {
    expect(isPhone(value)).toBe(false);
  });

  it.each(['http://example.com', 'https://example.com/a/b?c=d#e', 'https://sub.example.cn:8443/x', 'http://localhost:3000', 'https://例子.中国/路径', 'http://[::1]/'])(
    'accepts the URL %s',
    (value) => {
      expect(isUrl(value)).toBe(true);
    },
  );
  it.each(['javascript:alert(1)', 'ftp://example.com', 'example.com', '//example.com', 'https://', 'https://exa mple.com', 'data:text/html,x', 'mailto:a@b.cn'])(
    'rejects the URL %j',
    (value) => {
      expect(isUrl(value)).toBe(false);
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01'])('accepts the date %s', (value) => {
    expect(isDate(value)).toBe(true);
  });
  it.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '2024-1-01', '2024/01/01', '2024-01-01T00:00:00Z', ''])('rejects the date %j', (value) => {
    expect(isDate(value)).toBe(false);
  });

  it.each(['2024-05-01T09:30:00+08:00', '2024-05-01T01:30:00Z', '2024-05-01T09:30+08:00', '2024-05-01T09:30:00.123-05:00'])('accepts the date-time %s', (value) => {
    expect(isDateTime(value)).toBe(true);
  });
  it.each(['2024-05-01', '2024-05-01T09:30:00', '2024-05-01 09:30:00+08:00', '2024-05-01T24:00:00Z', '2024-02-30T00:00:00Z', '2024-05-01T09:60:00Z', '2024-05-01T09:30:00+24:00'])(
    'rejects the date-time %j',
    (value) => {
      expect(isDateTime(value)).toBe(false);
    },
  );

  it('reads offsets as instants: the same moment in two zones is the same epoch', () => {
    expect(dateTimeToEpoch('2024-05-01T09:30:00+08:00')).toBe(Date.UTC(2024, 4, 1, 1, 30));
    expect(dateTimeToEpoch('2024-05-01T01:30:00Z')).toBe(Date.UTC(2024, 4, 1, 1, 30));
    expect(dateTimeToEpoch('0099-01-01T00:00:00Z')).toBe(-59042995200000);
  });
});
