import type { Random } from './createRandom.js';
import type { Grade } from './generateCustomer.js';
import { productCatalogue, type Product, type ProductLine } from './productCatalogue.js';

export interface BasketLine {
  readonly product: Product;
  readonly quantity: number;
  /** The quoted unit price in whole yuan. */
  readonly price: number;
}

/**
 * What a deal of a product line sells: one to three products of the line, often with services,
 * in quantities fitting the customer's grade, at list price less up to 15 %.
 */
export function buildBasket(random: Random, line: ProductLine, grade: Grade): readonly BasketLine[] {
  const ofLine = productCatalogue.filter((product) => product.line === line);
  const count = Math.min(ofLine.length, grade === 'A' ? random.int(2, 4) : random.int(1, 2));
  const chosen = shuffle(random, ofLine).slice(0, count);
  if (line !== 'service' && random.chance(0.45)) chosen.push(random.pick(productCatalogue.filter((product) => product.line === 'service')));
  const size = grade === 'A' ? 3 : grade === 'B' ? 1.5 : 0.8;
  return chosen.map((product) => {
    const [low, high] = product.quantity;
    const quantity = Math.max(1, Math.round(random.int(low, high) * (high > 1 ? size : 1)));
    const unit = product.listPrice >= 10_000 ? 100 : 10;
    const price = Math.round((product.listPrice * random.between(0.85, 1)) / unit) * unit;
    return { product, quantity, price };
  });
}

/** The basket's value before discount, in whole yuan. */
export function basketSubtotal(lines: readonly BasketLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity * line.price, 0);
}

/** Whole-percent discounts as reps give them: mostly none or small, above 15 % (manager approval) now and then. */
export function pickDiscount(random: Random): number {
  return random.weighted([[0, 35], [5, 20], [8, 10], [10, 15], [12, 8], [15, 6], [18, 4], [20, 2]]);
}

/** The quote total the form's formula computes, in cents: subtotal × (100 − discount) is whole. */
export function discountedCents(subtotalYuan: number, discountPercent: number): number {
  return subtotalYuan * (100 - discountPercent);
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
