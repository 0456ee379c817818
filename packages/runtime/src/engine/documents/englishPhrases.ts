/**
 * The little grammar English messages need (Chinese needs none): phrases are built lower-case and
 * mid-sentence, then fitted where they land.
 */

/**
 * Upper-cases the first letter, for a phrase that starts a sentence.
 *
 * @example
 * capitalize('field 3 ("Amount")') // 'Field 3 ("Amount")'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A noun phrase with its indefinite article.
 *
 * @example
 * withArticle('Number field') // 'a Number field'
 * withArticle('Email field')  // 'an Email field'
 */
export function withArticle(noun: string): string {
  return `${/^[AEIOUaeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
