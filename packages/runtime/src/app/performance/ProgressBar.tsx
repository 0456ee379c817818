import { formatScoreNumber, type Locale } from '../../engine/index.js';
import type { PersonProgressView } from '../api/PerformanceViews.js';
import { usePerformanceText } from './performanceMessages.js';

/** Actual against the part of the target due by today, as a progress bar with its figures in words. */
export function ProgressBar({ person }: { readonly person: Pick<PersonProgressView, 'name' | 'target' | 'actual' | 'due' | 'share'> }) {
  const { pt, locale } = usePerformanceText();
  const figure = (value: number) => formatAmount(value, locale);
  const words = pt('progressText', { actual: figure(person.actual), due: figure(person.due), target: figure(person.target) });
  const fill = person.due > 0 ? Math.min(100, (person.actual / person.due) * 100) : person.actual > 0 ? 100 : 0;
  return (
    <div className="app-progress">
      <div
        className="app-progress__track"
        role="progressbar"
        aria-label={pt('progressLabel', { name: person.name })}
        aria-valuemin={0}
        aria-valuemax={person.due}
        aria-valuenow={Math.min(person.actual, person.due)}
        aria-valuetext={words}
      >
        <div className={`app-progress__fill${person.share !== null && person.share < 0.8 ? ' app-progress__fill--behind' : ''}`} style={{ width: `${fill}%` }} />
      </div>
      <span className="app-performance__explanation">{words}</span>
    </div>
  );
}

/** An amount as the explanations write them: thousands separators in English, 2 places at most. */
export function formatAmount(value: number, locale: Locale): string {
  return formatScoreNumber(value, locale, 2);
}
