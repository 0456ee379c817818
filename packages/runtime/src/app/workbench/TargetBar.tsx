import { formatScoreNumber } from '../../engine/index.js';
import type { TargetLineView } from '../api/WorkbenchViews.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** One item's actual against its target as a labelled progress bar, the figures in words beside it. */
export function TargetBar({ line, label }: { readonly line: TargetLineView; readonly label: string }) {
  const { wt, locale } = useWorkbenchText();
  const words = wt('progressText', { actual: formatScoreNumber(line.actual, locale, 2), target: formatScoreNumber(line.target, locale, 2), percent: percentOf(line.share, locale) });
  return (
    <div className="app-workbench__bar">
      <span className="app-workbench__bar-label">{line.name}</span>
      <div className="app-workbench__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={line.target} aria-valuenow={Math.min(line.actual, line.target)} aria-valuetext={words}>
        <div className={`app-workbench__fill${line.share < 0.8 ? ' app-workbench__fill--behind' : ''}`} style={{ width: `${Math.min(100, Math.max(0, line.share * 100))}%` }} />
      </div>
      <span className="app-muted">{words}</span>
    </div>
  );
}

/** A share (0.755) as a percentage with one place (75.5%). */
export function percentOf(share: number, locale: Parameters<typeof formatScoreNumber>[1]): string {
  return `${formatScoreNumber(share * 100, locale, 1)}%`;
}
