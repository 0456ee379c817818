/** What reps write in follow-up records, by where the deal stands. */
export const followUpContents: Readonly<Record<string, readonly string[]>> = {
  lead: [
    '电话初步沟通，了解客户现有系统和痛点，客户同意安排拜访。',
    '客户从官网留资，确认需求真实，约定下周面谈。',
    '经朋友介绍联系到信息部负责人，初步介绍了公司和产品。',
  ],
  contact: [
    '拜访信息部经理，梳理业务流程，客户对移动审批很感兴趣。',
    '与采购和使用部门座谈，收集需求清单，客户预算在走内部流程。',
    '见到分管副总，介绍同行业成功案例，对方认可我们的实施能力。',
    '现场调研两个车间，记录数据采集点位，需求比预期复杂。',
  ],
  proposal: [
    '演示方案，客户技术负责人提出对接现有财务系统的问题，需补充接口说明。',
    '提交初版方案和报价，客户认为实施周期偏长，要求压缩到三个月。',
    '针对客户反馈调整方案，增加培训服务，客户基本认可。',
    '产品演示顺利，客户希望参观一家同类客户的现场。',
  ],
  negotiation: [
    '与采购谈价格和付款方式，客户要求分三期付款，已向主管申请。',
    '法务审阅合同条款，对违约责任提出修改意见，已反馈公司法务。',
    '客户比较了两家竞品报价，我方优势在服务，争取在月底前定标。',
    '最后一轮商务谈判，价格基本谈定，等待客户内部审批。',
  ],
  won: ['合同已签回，安排实施团队下周进场。', '客户确认中标，约定签约时间。'],
  lost: ['客户最终选择了竞品，价格差距较大。', '客户项目预算被砍，暂缓采购。'],
};

export const nextSteps: readonly string[] = [
  '发送案例资料和产品白皮书',
  '约技术负责人做一次深入演示',
  '准备正式报价单',
  '邀请客户参观样板客户',
  '跟进客户内部审批进度',
  '安排主管一起拜访决策人',
  '确认合同条款和付款节点',
];

export const complaintDetails: readonly string[] = [
  '实施进度比合同约定晚了两周，沟通不够及时。',
  '设备到货后有两台无法开机，更换等了一周。',
  '客服电话经常占线，问题响应太慢。',
];

export const suggestions: readonly string[] = [
  '希望多组织一些使用培训。',
  '产品功能不错，报表可以更灵活一些。',
  '服务很专业，继续保持。',
  '希望移动端体验再优化。',
];

export const jobTitles: readonly (readonly [string, 'decision_maker' | 'influencer' | 'user' | 'purchaser' | 'technical'])[] = [
  ['总经理', 'decision_maker'],
  ['副总经理', 'decision_maker'],
  ['信息部经理', 'technical'],
  ['IT 主管', 'technical'],
  ['采购经理', 'purchaser'],
  ['财务总监', 'influencer'],
  ['行政主管', 'user'],
  ['生产部经理', 'user'],
];

export const rewards: readonly (readonly [string, number])[] = [
  ['京东购物卡 200 元', 100],
  ['带薪休假半天', 150],
  ['蓝牙耳机', 200],
];
