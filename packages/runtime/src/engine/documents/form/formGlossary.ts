import { fieldCatalogue } from '../../fields/fieldCatalogue.js';
import { isFieldType } from '../../fields/fieldTypes.js';
import { capitalize, withArticle } from '../englishPhrases.js';
import type { DocumentGlossary } from '../DocumentGlossary.js';
import { splitPointer } from '../JsonPointer.js';
import { isJsonObject } from '../JsonValue.js';
import { showValue } from '../showValue.js';

/** The words of form faults, as the designer's property panel names things. */
export const formGlossary: DocumentGlossary = {
  document: { 'zh-CN': '表单', en: 'the form' },
  collections: {
    fields: { 'zh-CN': '个字段', en: 'field' },
    options: { 'zh-CN': '个选项', en: 'option' },
    parts: { 'zh-CN': '段编号规则', en: 'serial part' },
    validations: { 'zh-CN': '条校验规则', en: 'validation rule' },
    and: { 'zh-CN': '个条件', en: 'condition' },
    or: { 'zh-CN': '个条件', en: 'condition' },
  },
  nestedCollections: { fields: { 'zh-CN': '个子字段', en: 'sub-field' } },
  properties: {
    kind: { 'zh-CN': '类型', en: 'kind' },
    schemaVersion: { 'zh-CN': '版本号', en: 'schema version' },
    title: { 'zh-CN': '标题', en: 'title' },
    description: { 'zh-CN': '描述', en: 'description' },
    fields: { 'zh-CN': '字段', en: 'fields' },
    id: { 'zh-CN': '字段 ID', en: 'id' },
    type: { 'zh-CN': '类型', en: 'type' },
    label: { 'zh-CN': '标题', en: 'label' },
    alias: { 'zh-CN': '别名', en: 'alias' },
    placeholder: { 'zh-CN': '提示文字', en: 'placeholder' },
    required: { 'zh-CN': '必填', en: '"required" setting' },
    unique: { 'zh-CN': '不允许重复值', en: '"unique" setting' },
    readOnly: { 'zh-CN': '只读', en: '"read-only" setting' },
    span: { 'zh-CN': '宽度', en: 'width' },
    visibleWhen: { 'zh-CN': '显示条件', en: 'visibility rule' },
    defaultValue: { 'zh-CN': '默认值', en: 'default value' },
    minLength: { 'zh-CN': '最少字数', en: 'minimum length' },
    maxLength: { 'zh-CN': '最多字数', en: 'maximum length' },
    pattern: { 'zh-CN': '格式（正则表达式）', en: 'pattern' },
    patternMessage: { 'zh-CN': '格式错误提示', en: 'pattern message' },
    min: { 'zh-CN': '最小值', en: 'minimum' },
    max: { 'zh-CN': '最大值', en: 'maximum' },
    precision: { 'zh-CN': '小数位数', en: 'decimal places' },
    unit: { 'zh-CN': '单位', en: 'unit' },
    currency: { 'zh-CN': '币种', en: 'currency' },
    format: { 'zh-CN': '格式', en: 'format' },
    options: { 'zh-CN': '选项', en: 'options' },
    value: { 'zh-CN': '值', en: 'value' },
    color: { 'zh-CN': '颜色', en: 'colour' },
    minSelected: { 'zh-CN': '最少选择项数', en: 'minimum selections' },
    maxSelected: { 'zh-CN': '最多选择项数', en: 'maximum selections' },
    scope: { 'zh-CN': '可选范围', en: 'selection scope' },
    departments: { 'zh-CN': '部门', en: 'departments' },
    roles: { 'zh-CN': '角色', en: 'roles' },
    users: { 'zh-CN': '成员', en: 'users' },
    level: { 'zh-CN': '地址精度', en: 'address level' },
    maxFiles: { 'zh-CN': '最多文件数', en: 'maximum number of files' },
    maxSizeMB: { 'zh-CN': '单个文件大小上限(MB)', en: 'maximum file size (MB)' },
    accept: { 'zh-CN': '允许的文件类型', en: 'accepted file types' },
    minRows: { 'zh-CN': '最少行数', en: 'minimum rows' },
    maxRows: { 'zh-CN': '最多行数', en: 'maximum rows' },
    formId: { 'zh-CN': '关联表单', en: 'linked form' },
    displayField: { 'zh-CN': '显示字段', en: 'display field' },
    filter: { 'zh-CN': '数据筛选条件', en: 'filter' },
    field: { 'zh-CN': '字段', en: 'field' },
    op: { 'zh-CN': '比较方式', en: 'operator' },
    linkField: { 'zh-CN': '关联数据字段', en: 'link field' },
    sourceField: { 'zh-CN': '取值字段', en: 'source field' },
    parts: { 'zh-CN': '编号规则', en: 'serial parts' },
    digits: { 'zh-CN': '位数', en: 'digits' },
    start: { 'zh-CN': '起始值', en: 'starting number' },
    reset: { 'zh-CN': '重置周期', en: 'reset period' },
    expression: { 'zh-CN': '公式', en: 'formula' },
    resultType: { 'zh-CN': '结果类型', en: 'result type' },
    columns: { 'zh-CN': '列数', en: 'columns' },
    collapsible: { 'zh-CN': '可折叠', en: '"collapsible" setting' },
    content: { 'zh-CN': '内容', en: 'content' },
    layout: { 'zh-CN': '布局', en: 'layout' },
    labelPlacement: { 'zh-CN': '标题位置', en: 'label placement' },
    rules: { 'zh-CN': '规则', en: 'rules' },
    validations: { 'zh-CN': '校验规则', en: 'validation rules' },
    assert: { 'zh-CN': '校验条件', en: 'condition' },
    message: { 'zh-CN': '提示信息', en: 'message' },
    when: { 'zh-CN': '生效条件', en: '"only when" condition' },
    settings: { 'zh-CN': '设置', en: 'settings' },
    submitText: { 'zh-CN': '提交按钮文字', en: 'submit button text' },
    access: { 'zh-CN': '权限', en: 'access' },
    changeReason: { 'zh-CN': '修改原因', en: 'reason for changes' },
    publicLink: { 'zh-CN': '公开链接', en: 'public link' },
    enabled: { 'zh-CN': '公开链接开关', en: 'public link on/off setting' },
    ownerId: { 'zh-CN': '公开提交的数据归属人', en: 'owner of public submissions' },
    submit: { 'zh-CN': '提交权限', en: 'who may submit' },
    rows: { 'zh-CN': '各角色可见数据范围', en: 'visible records by role' },
    edit: { 'zh-CN': '各角色可修改数据范围', en: 'records each role may change' },
    import: { 'zh-CN': '导入数据权限', en: 'who may import' },
  },
  itemKind: (collection, item) => {
    if (collection !== 'fields' || !isJsonObject(item)) return undefined;
    const type = item['type'];
    if (!isFieldType(type)) return undefined;
    const name = fieldCatalogue[type].name;
    return { 'zh-CN': `“${name['zh-CN']}”字段`, en: withArticle(`${name.en} field`) };
  },
  translate: (error, describe) => {
    const tokens = splitPointer(error.instancePath);
    const onFieldType = tokens.at(-1) === 'type' && tokens.at(-3) === 'fields';
    if (!onFieldType) return undefined;
    const fieldPointer = error.instancePath.slice(0, -'/type'.length);
    const field = describe(fieldPointer).phrase;
    if (error.keyword === 'enum') {
      return {
        pointer: error.instancePath,
        code: 'unknownFieldType',
        message: {
          'zh-CN': `${field['zh-CN']}的类型 ${showValue(error.data)} 不存在`,
          en: `${capitalize(field.en)} has an unknown type ${showValue(error.data)}`,
        },
      };
    }
    if (error.keyword === 'not' && isFieldType(error.data)) {
      const name = fieldCatalogue[error.data].name;
      return {
        pointer: error.instancePath,
        code: 'notAllowedInSubform',
        message: {
          'zh-CN': `${field['zh-CN']}是“${name['zh-CN']}”，子表单里不能放${name['zh-CN']}`,
          en: `${capitalize(field.en)} is ${withArticle(name.en)}, which cannot go inside a subform`,
        },
      };
    }
    return undefined;
  },
};
