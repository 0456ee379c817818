import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLocale } from '@formwork/runtime';

// Placeholder until the end-user app lands (issue 5): it proves the build and the serving path.
const locale = resolveLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language);
document.documentElement.lang = locale;

function AppShell() {
  return (
    <main>
      <h1>{locale === 'en' ? 'Formwork' : 'Formwork 表单'}</h1>
      <p>{locale === 'en' ? 'The end-user app is on its way.' : '用户端正在建设中。'}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><AppShell /></StrictMode>);
