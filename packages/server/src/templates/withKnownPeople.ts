import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import type { Department } from '../storage/DepartmentStore.js';

/**
 * `tx` with `users.findById` and `departments.findById` answered from the people read once, for
 * checking thousands of sample records: each record's member and department values would otherwise
 * be looked up one round trip at a time. Sound only inside the install's transaction, after its
 * people were written: nothing else changes users or departments there.
 */
export function withKnownPeople(tx: Stores, users: ReadonlyMap<string, User>, departments: ReadonlyMap<string, Department>): Stores {
  const answer = <T extends object>(store: T, known: ReadonlyMap<string, unknown>): T =>
    new Proxy(store, {
      get(target, property) {
        if (property === 'findById') return (id: string) => Promise.resolve(known.get(id));
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(tx, {
    get(target, property) {
      if (property === 'users') return answer(target.users, users);
      if (property === 'departments') return answer(target.departments, departments);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
