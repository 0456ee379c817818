import { basketSubtotal, buildBasket, discountedCents, pickDiscount, type BasketLine } from './buildBasket.js';
import type { Random } from './createRandom.js';
import type { RecordBook } from './createRecordBook.js';
import type { CustomerDraft } from './generateCustomer.js';
import { projectNames, type ProductLine } from './productCatalogue.js';
import { complaintDetails, followUpContents, nextSteps, suggestions } from './salesPhrases.js';
import type { SampleUser } from './SampleData.js';
import { schedulePayments, type PaymentTerms } from './schedulePayments.js';
import { DAY_MS, formatDate, formatDateTime, officeHoursOn } from './shanghaiCalendar.js';
import { simulateOpportunity, type OpportunityTimeline } from './simulateOpportunity.js';

/** Where a deal is recorded: the customer it belongs to, who sells it, and the ids it links to. */
export interface DealContext {
  readonly random: Random;
  readonly book: RecordBook;
  readonly now: number;
  readonly rep: SampleUser;
  readonly customer: CustomerDraft;
  readonly customerId: string;
  readonly contactIds: readonly string[];
  readonly productIds: ReadonlyMap<string, string>;
}

/** A deal still open at `now`, with what `signOpenDeal` and `reviseOpenQuote` need to move it on. */
export interface OpenDeal {
  readonly context: DealContext;
  readonly opportunityId: string;
  /** The 商机 record's data (its stage, amount and dates change when the deal moves on). */
  readonly opportunity: Record<string, unknown>;
  readonly stage: string;
  readonly name: string;
  readonly line: ProductLine;
  readonly basket: readonly BasketLine[];
  readonly quotes: readonly QuoteDraft[];
  /** The latest quote's record data, and whether it waits for the manager. */
  readonly lastQuote: { readonly data: Record<string, unknown>; readonly awaitingApproval: boolean } | undefined;
  /** The latest follow-up or quote: nothing later may happen before the deal moves on. */
  readonly lastEventAt: number;
}

/**
 * One opportunity from its first contact to now, with everything it leaves behind: the 商机
 * record as it stands today, follow-ups along the way, quotes once it reaches 方案/报价, and for a
 * won deal the contract, the payments made so far and perhaps a satisfaction survey. Returns the
 * outcome, and an open deal's state.
 */
export function generateDeal(context: DealContext, start: number): { readonly outcome: OpportunityTimeline['outcome']; readonly open?: OpenDeal } {
  const { random, book, now, rep, customer } = context;
  const timeline = simulateOpportunity(random, start, now, rep.repType ?? 'regular');
  const line = random.weighted<ProductLine>([['platform', 35], ['hardware', 25], ['service', 20], ['cloud', 20]]);
  const project = random.pick(projectNames[line]);
  const name = `${customer.company.shortName}${project}`;
  const basket = buildBasket(random, line, customer.grade);
  const owner = ownerOf(rep);

  const quotes = draftQuotes(context, timeline, basketSubtotal(basket));
  // Once quoted, the opportunity's amount is the latest quote; before that, the rep's estimate.
  const amountCents = quotes.at(-1)?.cents ?? Math.round(basketSubtotal(basket) / 1000) * 1000 * 100;
  const current = timeline.outcome === 'open' ? (timeline.stages.at(-1)?.stage ?? 'lead') : timeline.outcome;
  const end = timeline.closedAt ?? now;
  const data: Record<string, unknown> = {
    f_opportunity_name: name,
    f_customer: context.customerId,
    f_stage: current,
    f_amount: amountCents / 100,
    f_expected_close: formatDate(timeline.closedAt ?? Math.max(now + random.int(10, 90) * DAY_MS, start + 60 * DAY_MS)),
    f_product_line: line,
    ...owner,
  };
  if (timeline.outcome === 'won' && timeline.closedAt !== undefined) data.f_won_date = formatDate(timeline.closedAt);
  if (timeline.outcome === 'lost' && timeline.closedAt !== undefined) {
    data.f_lost_reason = timeline.lostReason;
    data.f_lost_date = formatDate(timeline.closedAt);
  }
  if (random.chance(0.3)) data.f_competitors = random.pick(['用友', '金蝶', '鼎捷', '本地集成商', '泛微']);
  data.f_requirement = `${customer.company.shortName}希望通过${project}提升管理效率。`;
  const opportunityId = book.add('opportunities', rep.id, start, data);
  const lastQuote = recordQuotes(context, opportunityId, timeline, basket, quotes);
  const lastFollowUpAt = generateFollowUps(context, opportunityId, timeline, end, owner);
  if (timeline.outcome === 'won' && timeline.closedAt !== undefined) generateContract(context, opportunityId, name, line, amountCents, timeline.closedAt, owner);
  if (timeline.outcome !== 'open') return { outcome: timeline.outcome };
  const lastEventAt = Math.max(lastFollowUpAt ?? start, quotes.at(-1)?.at ?? start);
  return { outcome: timeline.outcome, open: { context, opportunityId, opportunity: data, stage: current, name, line, basket, quotes, lastQuote, lastEventAt } };
}

/**
 * Signs an open deal at `signedAt` (after its last follow-up and quote, within days of `now`): the
 * opportunity becomes 赢单 that day, its latest quote 已接受, its customer 已成交, and its contract is
 * written at the latest quote's total — 审批中, as every contract of the last days. Draws from
 * `random`, not the deal's own source, so that the rest of the sample stays as it was.
 */
export function signOpenDeal(deal: OpenDeal, random: Random, signedAt: number): void {
  const amountCents = deal.quotes.at(-1)?.cents;
  if (amountCents === undefined || deal.lastQuote === undefined || deal.lastQuote.awaitingApproval) throw new Error(`the deal ${deal.opportunityId} has no accepted quote to sign`);
  deal.opportunity.f_stage = 'won';
  deal.opportunity.f_won_date = formatDate(signedAt);
  deal.opportunity.f_expected_close = formatDate(signedAt);
  deal.lastQuote.data.f_quote_status = 'accepted';
  deal.context.customer.data.f_status = 'signed';
  generateContract({ ...deal.context, random }, deal.opportunityId, deal.name, deal.line, amountCents, signedAt, ownerOf(deal.context.rep));
}

/**
 * The rep of an open deal drafts a revised quote at `at` with a deeper `discount` (above 15 %: it
 * waits for the manager in the 报价折扣审批 flow, a draft until approved); the opportunity's amount
 * follows the latest quote, as everywhere else. Draws from `random`, not the deal's own source.
 */
export function reviseOpenQuote(deal: OpenDeal, random: Random, at: number, discount: number): void {
  const subtotal = basketSubtotal(deal.basket);
  const draft: QuoteDraft = { at, discount, cents: discountedCents(subtotal, discount) };
  addQuote({ ...deal.context, random }, deal.opportunityId, deal.basket, draft, 'draft', true);
  deal.opportunity.f_amount = draft.cents / 100;
}

function ownerOf(rep: SampleUser): Record<string, unknown> {
  return { f_owner: rep.id, f_owner_dept: rep.departmentId };
}

export interface QuoteDraft {
  readonly at: number;
  readonly discount: number;
  readonly cents: number;
}

/** The quotes a deal sends: one at 方案/报价, sometimes a revision with a deeper discount in 谈判. */
function draftQuotes(context: DealContext, timeline: OpportunityTimeline, subtotal: number): readonly QuoteDraft[] {
  const { random, now } = context;
  const drafts: QuoteDraft[] = [];
  for (const { stage, at } of timeline.stages) {
    if (stage !== 'proposal' && !(stage === 'negotiation' && random.chance(0.4))) continue;
    const quotedAt = officeHoursOn(at + random.int(1, 6) * DAY_MS, random.between(9.5, 17.5));
    if (quotedAt > now) continue;
    const discount = Math.max(pickDiscount(random), drafts.at(-1)?.discount ?? 0);
    drafts.push({ at: quotedAt, discount, cents: discountedCents(subtotal, discount) });
  }
  return drafts;
}

/** Writes a deal's quotes; returns the latest one's data and whether it waits for the manager. */
function recordQuotes(
  context: DealContext,
  opportunityId: string,
  timeline: OpportunityTimeline,
  basket: readonly BasketLine[],
  drafts: readonly QuoteDraft[],
): OpenDeal['lastQuote'] {
  let latest: OpenDeal['lastQuote'];
  drafts.forEach((draft, index) => {
    const last = index === drafts.length - 1;
    // An open deal's latest quote of the last three days with a discount above 15 % is not sent yet:
    // it waits for the manager's approval (the 报价折扣审批 flow).
    const awaitingApproval = last && timeline.outcome === 'open' && draft.discount > 15 && context.now - draft.at < 3 * DAY_MS;
    const status = awaitingApproval ? 'draft' : !last ? 'sent' : timeline.outcome === 'won' ? 'accepted' : timeline.outcome === 'lost' ? 'rejected' : 'sent';
    latest = { data: addQuote(context, opportunityId, basket, draft, status, awaitingApproval), awaitingApproval };
  });
  return latest;
}

/** One 报价单 record; returns its data. */
function addQuote(context: DealContext, opportunityId: string, basket: readonly BasketLine[], draft: QuoteDraft, status: string, awaitingApproval: boolean): Record<string, unknown> {
  const { random, book, rep } = context;
  const onTime = random.chance(0.85);
  const data: Record<string, unknown> = {
    f_opportunity: opportunityId,
    f_customer: context.customerId,
    f_quote_date: formatDate(draft.at),
    f_promised_date: formatDate(draft.at + (onTime ? random.int(0, 3) : -random.int(1, 5)) * DAY_MS),
    f_valid_until: formatDate(draft.at + 30 * DAY_MS),
    f_items: basket.map((line, row) => ({
      _id: `r${row + 1}`,
      f_item_product: context.productIds.get(line.product.code),
      f_item_quantity: line.quantity,
      f_item_price: line.price,
    })),
    f_discount_rate: draft.discount,
    f_quote_status: status,
    ...ownerOf(rep),
  };
  if (draft.discount > 15) data.f_note = '客户为集团统一采购，竞品报价较低，申请特殊折扣。';
  book.add('quotes', rep.id, Math.min(draft.at + random.int(5, 90) * 60_000, context.now), data, awaitingApproval);
  return data;
}

/** Writes a deal's follow-ups; returns when the last one happened. */
function generateFollowUps(context: DealContext, opportunityId: string, timeline: OpportunityTimeline, end: number, owner: Record<string, unknown>): number | undefined {
  const { random, book, now, rep, customer } = context;
  const first = timeline.stages[0]?.at ?? end;
  let at = officeHoursOn(first + random.int(0, 2) * DAY_MS, random.between(9, 17.5));
  let last: number | undefined;
  while (at <= Math.min(end, now)) {
    const stage = [...timeline.stages].reverse().find((entry) => entry.at <= at)?.stage ?? 'lead';
    const closing = timeline.closedAt !== undefined && at + 14 * DAY_MS > timeline.closedAt;
    const type = random.weighted([['visit', stage === 'lead' ? 20 : 38], ['phone', 28], ['wechat', 14], ['online', 10], ['demo', stage === 'proposal' ? 20 : 5]]);
    const enteredAt = Math.min(now, at + entryDelay(context));
    const contents = followUpContents[closing && timeline.outcome !== 'open' ? timeline.outcome : stage] ?? followUpContents.lead ?? [];
    const data: Record<string, unknown> = {
      f_opportunity: opportunityId,
      f_customer: context.customerId,
      f_follow_type: type,
      f_follow_time: formatDateTime(at),
      f_content: random.pick(contents),
      f_entered_at: formatDateTime(enteredAt),
      ...owner,
    };
    if (context.contactIds.length > 0 && random.chance(0.85)) data.f_contact = random.pick(context.contactIds);
    if (type === 'visit' || type === 'demo') {
      data.f_checkin = {
        lat: round6(customer.city.lat + random.between(-0.08, 0.08)),
        lng: round6(customer.city.lng + random.between(-0.08, 0.08)),
        address: `${customer.city.province}${customer.city.name}市${customer.street}`,
      };
      data.f_effective = random.chance(stage === 'lead' ? 0.55 : 0.75) ? 'yes' : 'no';
    }
    const gap = random.int(4, 20);
    if (!closing || timeline.outcome === 'open') {
      data.f_next_step = random.pick(nextSteps);
      if (random.chance(0.75)) data.f_next_follow_date = formatDate(at + Math.max(1, gap - random.int(0, 3)) * DAY_MS);
    }
    book.add('followUps', rep.id, enteredAt, data);
    last = at;
    at = officeHoursOn(at + gap * DAY_MS, random.between(9, 17.5));
  }
  return last;
}

/**
 * How long after the event a follow-up is typed in: mostly within hours, sometimes the next day,
 * and now and then weeks later (a month's visits typed in on its last day) — those get flagged.
 */
function entryDelay({ random }: DealContext): number {
  const kind = random.weighted([['same day', 80], ['next days', 14], ['late', 6]]);
  if (kind === 'same day') return random.int(10, 8 * 60) * 60_000;
  if (kind === 'next days') return random.int(18, 60) * 3_600_000;
  return random.int(4, 25) * DAY_MS + random.int(0, 8) * 3_600_000;
}

function generateContract(context: DealContext, opportunityId: string, name: string, line: ProductLine, amountCents: number, signedAt: number, owner: Record<string, unknown>): void {
  const { random, book, now, rep, customer } = context;
  const terms = random.weighted<PaymentTerms>([['once', 40], ['two', 35], ['three', 25]]);
  const payments = schedulePayments(random, terms, amountCents, signedAt, now);
  const paidCents = payments.reduce((sum, payment) => sum + payment.cents, 0);
  const startsAt = signedAt + random.int(0, 10) * DAY_MS;
  // Still 审批中 a few days after signing; one over 50万 waits for the director and then finance (the flow's two steps), a week.
  const approving = now - signedAt < (amountCents > 50_000_000 ? 7 : 3) * DAY_MS;
  const status = approving ? 'approving' : paidCents === amountCents ? 'completed' : 'executing';
  const contractId = book.add('contracts', rep.id, Math.min(now, signedAt + random.int(1, 6) * 3_600_000), {
    f_contract_name: `${name}合同`,
    f_opportunity: opportunityId,
    f_customer: context.customerId,
    f_amount: amountCents / 100,
    f_sign_date: formatDate(signedAt),
    f_start_date: formatDate(startsAt),
    f_end_date: formatDate(startsAt + 364 * DAY_MS),
    f_product_line: line,
    f_payment_terms: terms,
    f_contract_status: status,
    ...owner,
  }, approving);
  for (const payment of payments) {
    // Finance confirms a payment within days of its arrival; until then it waits in the 回款确认 flow.
    const pending = now - payment.at <= 5 * DAY_MS;
    book.add('payments', rep.id, Math.min(now, payment.at + random.int(1, 30) * 3_600_000), {
      f_contract: contractId,
      f_customer: context.customerId,
      f_amount: payment.cents / 100,
      f_payment_date: formatDate(payment.at),
      f_installment: payment.installment,
      f_method: random.weighted([['transfer', 85], ['acceptance', 12], ['cheque', 3]]),
      f_confirmed: pending ? 'pending' : 'confirmed',
      ...owner,
    }, pending);
  }
  const surveyedAt = signedAt + random.int(30, 120) * DAY_MS;
  if (surveyedAt <= now && random.chance(0.55)) {
    const overall = random.weighted([[5, 35], [4, 40], [3, 15], [2, 7], [1, 3]]);
    const near = (): number => Math.min(5, Math.max(1, overall + random.int(-1, 1)));
    const npsRange: Readonly<Record<number, readonly [number, number]>> = { 5: [8, 10], 4: [7, 9], 3: [5, 8], 2: [2, 6], 1: [0, 4] };
    const [low, high] = npsRange[overall] ?? [0, 10];
    const complaint = overall <= 2 && random.chance(0.7);
    const survey: Record<string, unknown> = {
      f_company: customer.company.name,
      f_customer: context.customerId,
      f_owner: rep.id,
      f_survey_date: formatDate(surveyedAt),
      f_overall: overall,
      f_product_rating: near(),
      f_service_rating: near(),
      f_response_rating: near(),
      f_nps: random.int(low, high),
      f_complaint: complaint ? 'yes' : 'no',
    };
    if (complaint) survey.f_complaint_detail = random.pick(complaintDetails);
    if (random.chance(0.4)) survey.f_suggestion = random.pick(suggestions);
    book.add('satisfaction', rep.id, surveyedAt, survey);
  }
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
