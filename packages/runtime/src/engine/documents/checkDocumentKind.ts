import { documentKindNames, documentKinds, isDocumentKind, type DocumentKind } from './DocumentKind.js';
import type { DocumentIssue } from './DocumentIssue.js';
import { isJsonObject, type JsonValue } from './JsonValue.js';
import { showValue } from './showValue.js';

/**
 * The issue with a document's envelope, if any: it must be an object whose `kind` is `expected`
 * (or, with no expectation, any kind Formwork knows). Checked before anything else, so that a
 * workflow pasted into the form importer is told so, not buried under a hundred schema errors.
 */
export function checkDocumentKind(document: JsonValue, expected?: DocumentKind): DocumentIssue | undefined {
  const wanted = expected === undefined ? documentKinds : [expected];
  const wantedList = wanted.map((kind) => `"${kind}"`).join(', ');
  if (!isJsonObject(document)) {
    const noun = expected === undefined ? { 'zh-CN': '文档', en: 'A document' } : { 'zh-CN': documentKindNames[expected]['zh-CN'], en: `A ${documentKindNames[expected].en}` };
    return {
      pointer: '',
      code: 'notAnObject',
      message: { 'zh-CN': `${noun['zh-CN']}应为 JSON 对象（{…}）`, en: `${noun.en} must be a JSON object ({…})` },
    };
  }
  const kind = document['kind'];
  if (kind === undefined) {
    return {
      pointer: '/kind',
      code: 'required',
      message: {
        'zh-CN': `文档缺少“类型”(kind)，应为 ${wantedList} 之一`,
        en: `The document is missing its kind; it must be one of ${wantedList}`,
      },
    };
  }
  if (expected !== undefined && isDocumentKind(kind) && kind !== expected) {
    return {
      pointer: '/kind',
      code: 'wrongKind',
      message: {
        'zh-CN': `这是一个${documentKindNames[kind]['zh-CN']}（kind 为 "${kind}"），不是${documentKindNames[expected]['zh-CN']}`,
        en: `This is a ${documentKindNames[kind].en} (kind "${kind}"), not a ${documentKindNames[expected].en}`,
      },
    };
  }
  if (!isDocumentKind(kind)) {
    return {
      pointer: '/kind',
      code: 'unknownKind',
      message: {
        'zh-CN': `未知的文档类型(kind) ${showValue(kind)}，应为 ${wantedList} 之一`,
        en: `Unknown document kind ${showValue(kind)}; it must be one of ${wantedList}`,
      },
    };
  }
  return undefined;
}
