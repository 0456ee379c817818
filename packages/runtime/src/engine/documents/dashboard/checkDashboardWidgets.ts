import type { LocalizedText } from '../../i18n/Locale.js';
import { describeLocation } from '../describeLocation.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import { appendPointer } from '../JsonPointer.js';
import type { JsonValue } from '../JsonValue.js';
import { dashboardGlossary } from './dashboardGlossary.js';
import type { DashboardSchema } from './DashboardSchema.js';

/** Columns of the dashboard grid (see WidgetLayout). */
const gridColumns = 12;

/**
 * What the widgets' shapes cannot say: unique widget and filter ids, widgets inside the grid's
 * width, and filter bindings naming widgets that exist.
 */
export function checkDashboardWidgets(dashboard: DashboardSchema): DocumentIssue[] {
  const describe = (pointer: string): LocalizedText => describeLocation(pointer, dashboard as unknown as JsonValue, dashboardGlossary).phrase;
  const issues: DocumentIssue[] = [];
  const widgetIds = uniqueIds(dashboard.widgets, 'widgets', 'duplicateWidgetId', describe, issues);
  uniqueIds(dashboard.filters ?? [], 'filters', 'duplicateFilterId', describe, issues);

  dashboard.widgets.forEach((widget, index) => {
    if (widget.layout.x + widget.layout.w <= gridColumns) return;
    const where = describe(`/widgets/${index}`);
    issues.push({
      pointer: `/widgets/${index}/layout/w`,
      code: 'outsideGrid',
      message: {
        'zh-CN': `${where['zh-CN']}超出了 ${gridColumns} 列的网格：横向位置 ${widget.layout.x} 加宽度 ${widget.layout.w} 大于 ${gridColumns}`,
        en: `${capitalize(where.en)} runs off the ${gridColumns}-column grid: column ${widget.layout.x} plus width ${widget.layout.w} is more than ${gridColumns}`,
      },
    });
  });

  (dashboard.filters ?? []).forEach((filter, index) => {
    for (const widgetId of Object.keys(filter.bindings)) {
      if (widgetIds.has(widgetId)) continue;
      const where = describe(`/filters/${index}`);
      issues.push({
        pointer: appendPointer(`/filters/${index}/bindings`, widgetId),
        code: 'unknownWidget',
        message: {
          'zh-CN': `${where['zh-CN']}作用于组件“${widgetId}”，但仪表盘中没有这个组件`,
          en: `${capitalize(where.en)} applies to widget "${widgetId}", which is not on this dashboard`,
        },
      });
    }
  });
  return issues;
}

function uniqueIds(
  items: readonly { readonly id: string }[],
  collection: 'widgets' | 'filters',
  code: string,
  describe: (pointer: string) => LocalizedText,
  issues: DocumentIssue[],
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, index);
      return;
    }
    const where = describe(`/${collection}/${index}`);
    const earlier = describe(`/${collection}/${first}`);
    issues.push({
      pointer: `/${collection}/${index}/id`,
      code,
      message: {
        'zh-CN': `${where['zh-CN']}的 ID “${item.id}”已被${earlier['zh-CN']}使用，不能重复`,
        en: `${capitalize(where.en)} has the id "${item.id}", already used by ${earlier.en}; ids must be unique`,
      },
    });
  });
  return new Set(seen.keys());
}
