import type { LocalizedText, Widget } from '@formwork/runtime';
import type { ValidationIssue } from '../../http/validation/ValueSchema.js';

/**
 * Why one widget has no data (its form is gone or out of the viewer's sight, its query no longer
 * fits the form, a filter value does not fit the bound field). The other widgets still answer:
 * one broken widget must not blank a manager's whole dashboard.
 */
export class WidgetFault extends Error {
  readonly code: string;
  readonly text: LocalizedText;
  readonly issues: readonly ValidationIssue[];

  constructor(code: string, text: LocalizedText, issues: readonly ValidationIssue[] = []) {
    super(text.en);
    this.name = 'WidgetFault';
    this.code = code;
    this.text = text;
    this.issues = issues;
  }
}

/** The form of a widget is missing, archived, unpublished or not the viewer's to read: all alike, so nothing leaks. */
export function widgetFormUnavailable(widget: Widget): WidgetFault {
  return new WidgetFault('widget_form_unavailable', {
    'zh-CN': `组件“${widget.title}”无法显示：找不到它的数据表单，或你无权查看`,
    en: `Widget "${widget.title}" cannot be shown: its form is missing or not yours to see`,
  });
}

/** The widget's query (with the filters applied) does not fit its form as published now. */
export function widgetQueryInvalid(widget: Widget, issues: readonly ValidationIssue[]): WidgetFault {
  const first = issues[0]?.message;
  return new WidgetFault(
    'widget_query_invalid',
    {
      'zh-CN': `组件“${widget.title}”的数据查询与表单不符${first ? `：${first['zh-CN']}` : ''}`,
      en: `The data query of widget "${widget.title}" does not fit its form${first ? `: ${first.en}` : ''}`,
    },
    issues,
  );
}
