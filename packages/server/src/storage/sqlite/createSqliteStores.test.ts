import { migrateDatabase } from './migrateDatabase.js';
import { openDatabase } from './openDatabase.js';
import { describeStoresContract } from '../testing/describeStoresContract.js';
import { createSqliteStores } from './createSqliteStores.js';

describeStoresContract('SQLite', () => {
  const db = openDatabase(':memory:');
  migrateDatabase(db, () => 0);
  return createSqliteStores(db);
});
