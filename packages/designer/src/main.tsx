import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLocale } from '@formwork/runtime';

// Placeholder until the designer lands (issue 4): it proves the build and the serving path.
const locale = resolveLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language);
document.documentElement.lang = locale;

function DesignerShell() {
  return (
    <main>
      <h1>{locale === 'en' ? 'Formwork Designer' : 'Formwork 设计器'}</h1>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><DesignerShell /></StrictMode>);
