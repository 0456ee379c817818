import DOMPurify from 'dompurify';

const allowedTags = ['b', 'strong', 'i', 'em', 'u', 's', 'p', 'br', 'div', 'span', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote'];

/**
 * Rich text reduced to harmless formatting: no scripts, event handlers, styles, forms or frames;
 * links only to http(s) and mailto.
 *
 * @example
 * sanitizeRichText('<b>hi</b><img src=x onerror=alert(1)>') // '<b>hi</b>'
 */
export function sanitizeRichText(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(https?:|mailto:)/i,
  });
}
