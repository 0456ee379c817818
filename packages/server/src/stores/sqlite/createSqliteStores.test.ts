import { migrateDatabase } from '../../db/migrateDatabase.js';
import { openDatabase } from '../../db/openDatabase.js';
import { describeStoresContract } from '../../testing/storesContract.js';
import { createSqliteStores } from './createSqliteStores.js';

describeStoresContract('SQLite', () => {
  const db = openDatabase(':memory:');
  migrateDatabase(db, () => 0);
  return createSqliteStores(db);
});
