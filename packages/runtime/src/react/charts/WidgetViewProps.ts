import type { DrillDown, Locale, Widget, WidgetDataByType, WidgetType } from '../../engine/index.js';

/** What every widget component takes: its schema entry, its data, the reader's locale. */
export interface WidgetViewProps<T extends WidgetType> {
  readonly widget: Extract<Widget, { type: T }>;
  readonly data: WidgetDataByType[T];
  readonly locale: Locale;
  /** A click on a bar, slice, stage or row; without it nothing is clickable. */
  readonly onDrillDown?: ((drill: DrillDown) => void) | undefined;
}
