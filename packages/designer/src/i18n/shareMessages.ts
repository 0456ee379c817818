import type { LocalizedText } from '@formwork/runtime';

/** The links of a published form: where reps fill it in, and its public link with a QR code. */
export const shareMessages = {
  title: { 'zh-CN': '分享表单', en: 'Share the form' },
  fillLink: { 'zh-CN': '填写链接（需登录）', en: 'Fill-in link (signed-in users)' },
  publicLink: { 'zh-CN': '公开链接（无需登录）', en: 'Public link (no sign-in)' },
  qrAlt: { 'zh-CN': '公开链接的二维码：{url}', en: 'QR code of the public link: {url}' },
  open: { 'zh-CN': '打开', en: 'Open' },
} as const satisfies Record<string, LocalizedText>;
