import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Model } from 'survey-core';
import 'survey-core/survey-core.min.css';
import { Survey } from 'survey-react-ui';
import { compileForm } from '../../src/engine/index.js';
import { FormRenderer } from '../../src/react/index.js';
import '../../src/react/styles/formwork.css';
import { subformForm, wideForm, type BenchForm } from './benchForms.js';
import { forceLayout, median, typeInto, waitForDigits, type RenderTiming } from './timing.js';

/**
 * The page the render benchmark loads in headless Chromium. `runBench(renderer, scenario)` draws
 * one form with one renderer, then types into one number field several times; the runner calls
 * it on a fresh page for each measurement.
 */
export type Renderer = 'formwork' | 'surveyjs';
export type Scenario = 'wide500' | 'subform200';

const keystrokes = 30;

function stage(): HTMLElement {
  const element = document.getElementById('stage');
  if (!element) throw new Error('no #stage');
  return element;
}

function scenarioForm(scenario: Scenario): BenchForm {
  return scenario === 'wide500' ? wideForm(500) : subformForm(200);
}

async function typeAndWait(input: () => HTMLInputElement, total: () => Element | null, expectedDigits: (k: number) => string): Promise<number> {
  const times: number[] = [];
  for (let k = 1; k <= keystrokes; k++) {
    const start = performance.now();
    typeInto(input(), String(k + 1));
    await waitForDigits(total, expectedDigits(k));
    forceLayout(stage());
    times.push(performance.now() - start);
  }
  return median(times);
}

async function runFormwork(scenario: Scenario): Promise<RenderTiming> {
  const form = scenarioForm(scenario);
  const root: Root = createRoot(stage());
  const start = performance.now();
  const compiled = compileForm(form.schema);
  flushSync(() => root.render(<FormRenderer compiled={compiled} initialValues={form.values} context={{ now: () => 0, locale: 'en' }} />));
  forceLayout(stage());
  const firstRenderMs = performance.now() - start;
  const byIdEnd = (suffix: string) => () => stage().querySelector<HTMLInputElement>(`[id$="-${suffix}"]`) as HTMLInputElement;
  const total = () => stage().querySelector('output[id$="-total"]');
  const keystrokeMs =
    scenario === 'wide500'
      ? await typeAndWait(byIdEnd('f249'), total, (k) => String(k + 1))
      : await typeAndWait(byIdEnd('items-100-qty'), total, (k) => String(2000 - 10 + 10 * (k + 1)));
  return { firstRenderMs, keystrokeMs };
}

async function runSurvey(scenario: Scenario): Promise<RenderTiming> {
  const form = scenarioForm(scenario);
  const root: Root = createRoot(stage());
  const start = performance.now();
  const model = new Model(form.survey);
  model.data = form.values;
  flushSync(() => root.render(<Survey model={model} />));
  forceLayout(stage());
  const firstRenderMs = performance.now() - start;
  const total = () => {
    const question = stage().querySelector('[data-name="total"]');
    return question?.querySelector('.sd-expression') ?? question?.querySelector('.sd-question__content') ?? null;
  };
  let keystrokeMs: number;
  if (scenario === 'wide500') {
    const input = () => stage().querySelector<HTMLInputElement>('[data-name="f249"] input') as HTMLInputElement;
    keystrokeMs = await typeAndWait(input, total, (k) => String(k + 1));
  } else {
    // Row 101's quantity: the matrix renders two number inputs per row (qty, price).
    const input = () => stage().querySelectorAll<HTMLInputElement>('[data-name="items"] input[type="number"]')[200] as HTMLInputElement;
    keystrokeMs = await typeAndWait(input, total, (k) => String(2000 - 10 + 10 * (k + 1)));
  }
  return { firstRenderMs, keystrokeMs };
}

declare global {
  interface Window {
    runBench: (renderer: Renderer, scenario: Scenario) => Promise<RenderTiming>;
  }
}

window.runBench = (renderer, scenario) => (renderer === 'formwork' ? runFormwork(scenario) : runSurvey(scenario));
