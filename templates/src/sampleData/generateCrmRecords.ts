import type { Random } from './createRandom.js';
import { createRecordBook } from './createRecordBook.js';
import { generateCustomer } from './generateCustomer.js';
import { ensureApprovalsInFlight } from './ensureApprovalsInFlight.js';
import { generateDeal, type OpenDeal } from './generateDeal.js';
import type { Organisation } from './generateOrganisation.js';
import { productCatalogue } from './productCatalogue.js';
import type { RepType, SampleRecords } from './SampleData.js';
import { DAY_MS, officeHoursOn } from './shanghaiCalendar.js';

/** The CRM bundle's form keys, in bundle order: each form links only to forms before it. */
export const crmFormKeys = ['customers', 'contacts', 'products', 'opportunities', 'followUps', 'quotes', 'contracts', 'payments', 'satisfaction'] as const;

/** Customers a rep holds at scale 1: newcomers fewer, seniors more. */
const customersPerRep: Readonly<Record<RepType, number>> = { new: 18, regular: 30, senior: 38 };

/**
 * The CRM's year: the price list, then for every rep their customers (entered through the year)
 * and each customer's deals with all they leave behind. A customer's status follows from its
 * deals: 已成交 once one is won, 跟进中 while one is open, 已流失 when all were lost. Last, the
 * approvals in flight every install shows (`ensureApprovalsInFlight`, drawing from `inFlight`).
 */
export function generateCrmRecords(random: Random, organisation: Organisation, now: number, scale: number, inFlight: Random): SampleRecords {
  const book = createRecordBook('crm');
  const windowStart = now - 365 * DAY_MS;
  const productIds = new Map<string, string>();
  for (const product of productCatalogue) {
    const id = book.add('products', organisation.director.id, windowStart, {
      f_product_name: product.name,
      f_product_code: product.code,
      f_product_line: product.line,
      f_list_price: product.listPrice,
      f_unit: product.unit,
      f_on_sale: 'on',
    });
    productIds.set(product.code, id);
  }

  const openDeals: OpenDeal[] = [];
  const takenNames = new Set<string>();
  const takenCodes = new Set<string>();
  for (const { region, reps } of organisation.regions) {
    for (const rep of reps) {
      const repType = rep.repType ?? 'regular';
      // Newcomers joined four months into the year; their book starts then.
      const joined = repType === 'new' ? windowStart + 120 * DAY_MS : windowStart;
      const count = Math.max(1, Math.round(customersPerRep[repType] * scale));
      for (let index = 0; index < count; index += 1) {
        const customer = generateCustomer(random, region, rep, takenNames, takenCodes);
        const createdAt = officeHoursOn(random.between(joined + DAY_MS, now - 5 * DAY_MS), random.between(9, 18));
        const customerId = book.add('customers', rep.id, createdAt, customer.data);
        const contactIds = customer.contacts.map((contact) => book.add('contacts', rep.id, createdAt + random.int(5, 120) * 60_000, { ...contact, f_customer: customerId }));
        const outcomes: string[] = [];
        let start = createdAt + random.int(0, 20) * DAY_MS;
        const deals = random.weighted([[0, 20], [1, 45], [2, 25], [3, 10]]);
        for (let deal = 0; deal < deals && start < now - DAY_MS; deal += 1) {
          const deal = generateDeal({ random, book, now, rep, customer, customerId, contactIds, productIds }, start);
          outcomes.push(deal.outcome);
          if (deal.open !== undefined) openDeals.push(deal.open);
          start += random.int(30, 120) * DAY_MS;
        }
        customer.data.f_status = outcomes.includes('won') ? 'signed' : outcomes.includes('open') ? 'following' : outcomes.length > 0 ? 'lost' : 'potential';
      }
    }
  }
  ensureApprovalsInFlight(inFlight, book, openDeals, now);
  return book.toRecords(crmFormKeys);
}
