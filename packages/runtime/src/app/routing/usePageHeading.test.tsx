import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageHeading } from './usePageHeading.js';

afterEach(cleanup);

function Pages({ appName }: { readonly appName: string }) {
  usePageHeading(appName);
  const [page, setPage] = useState<'list' | 'record' | 'loading'>('list');
  return (
    <>
      <nav>
        <button type="button" onClick={() => setPage('loading')}>
          open
        </button>
        <button type="button" onClick={() => setPage('record')}>
          loaded
        </button>
      </nav>
      <main>
        {page === 'list' ? (
          <>
            <h1>Visit report</h1>
            <a href="#r1">ACME Ltd</a>
          </>
        ) : page === 'record' ? (
          <h1>ACME Ltd</h1>
        ) : (
          <p aria-busy="true">Loading</p>
        )}
      </main>
    </>
  );
}

describe('usePageHeading', () => {
  it('names the tab after the page in either language and leaves focus alone on the first page', () => {
    const { unmount } = render(<Pages appName="Formwork" />);
    expect(document.title).toBe('Visit report · Formwork');
    expect(document.activeElement).toBe(document.body);
    unmount();
    render(<Pages appName="Formwork 表单" />);
    expect(document.title).toBe('Visit report · Formwork 表单');
  });

  it('moves focus from <body> to the next page’s heading once it is drawn', async () => {
    const { getByRole } = render(<Pages appName="Formwork" />);
    const link = getByRole('link', { name: 'ACME Ltd' });
    link.focus();
    // The link goes with the page: focus falls to <body>…
    act(() => getByRole('button', { name: 'open' }).click());
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    // …until the record's heading arrives and takes it.
    await act(async () => getByRole('button', { name: 'loaded' }).click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const heading = getByRole('heading', { name: 'ACME Ltd' });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('ACME Ltd · Formwork');
  });

  it('does not take focus from a control the person is in', async () => {
    const { getByRole } = render(<Pages appName="Formwork" />);
    const loaded = getByRole('button', { name: 'loaded' });
    loaded.focus();
    await act(async () => loaded.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(loaded);
  });

  it('gives focus to the heading when the focused control goes away and the heading stays', async () => {
    function Submitting() {
      usePageHeading('Formwork');
      const [sent, setSent] = useState(false);
      return (
        <main>
          <h1>Visit report</h1>
          {sent ? (
            <p>Submitted</p>
          ) : (
            <button type="button" onClick={() => setSent(true)}>
              Submit
            </button>
          )}
        </main>
      );
    }
    const { getByRole } = render(<Submitting />);
    const submit = getByRole('button', { name: 'Submit' });
    submit.focus();
    await act(async () => submit.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(getByRole('heading', { name: 'Visit report' }));
  });
});
