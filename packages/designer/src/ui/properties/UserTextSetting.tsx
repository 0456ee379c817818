import { locales, type Locale, type UserText } from '@formwork/runtime';
import { useEffect, useState } from 'react';
import { userTextFor, withUserText } from '../../i18n/editUserText.js';
import { languageNames } from '../../i18n/languageNames.js';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from './useFieldId.js';

export interface UserTextSettingProps {
  readonly label: string;
  readonly value: UserText | undefined;
  /** Called with the whole text, one language changed (`undefined`: no language has any text). */
  readonly onCommit: (value: UserText | undefined) => void;
}

/**
 * Text the people filling the form read (a message, a button), typed once per language: one input
 * for 中文 and one for English, each committing on blur or Enter. An empty language shows the other
 * one as its placeholder, which is what the runtime falls back to.
 */
export function UserTextSetting({ label, value, onCommit }: UserTextSettingProps) {
  return (
    <fieldset className="fw-locale-pair">
      <legend>{label}</legend>
      {locales.map((locale) => (
        <LanguageInput key={locale} label={label} locale={locale} value={value} onCommit={onCommit} />
      ))}
    </fieldset>
  );
}

function LanguageInput({ label, locale, value, onCommit }: UserTextSettingProps & { readonly locale: Locale }) {
  const { t } = useLocale();
  const id = useFieldId();
  const stored = userTextFor(value, locale);
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  const other = locales.find((each) => each !== locale);
  const fallback = other === undefined ? '' : userTextFor(value, other);
  const commit = (): void => {
    if (draft !== stored) onCommit(withUserText(value, locale, draft));
  };
  return (
    <div className="fw-locale-row">
      <label htmlFor={id} lang={locale}>
        {languageNames[locale]}
      </label>
      <input
        id={id}
        lang={locale}
        aria-label={t(m.textInLanguage, { label, language: languageNames[locale] })}
        value={draft}
        placeholder={fallback}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
