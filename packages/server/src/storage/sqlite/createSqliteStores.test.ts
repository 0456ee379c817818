import { describeStoresContract } from '../testing/describeStoresContract.js';
import { createSqliteStores } from './createSqliteStores.js';
import { migrateDatabase } from './migrateDatabase.js';
import { openDatabase } from './openDatabase.js';

describeStoresContract('SQLite', async () => {
  const db = openDatabase(':memory:');
  migrateDatabase(db, () => 0);
  return { stores: createSqliteStores(db), close: async () => void db.close() };
});
