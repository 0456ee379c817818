import type { Migration } from '../Migration.js';
import { init } from './0001_init.js';
import { records } from './0002_records.js';

/** Every migration, in order. Append new ones here. */
export const migrations: readonly Migration[] = [init, records];
