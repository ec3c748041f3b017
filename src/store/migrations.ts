/**
 * The store's schema as an ordered list of migrations. A database records the versions it has applied, so opening
 * an older file upgrades it in place and a newer file is refused instead of misread.
 */
export const MIGRATIONS: { version: number; description: string; sql: string[] }[] = [
  {
    version: 1,
    description: 'vintages, observations, municipality registry',
    sql: [
      `CREATE SEQUENCE vintage_id_seq START 1`,
      `CREATE TABLE vintage (
         id INTEGER PRIMARY KEY DEFAULT nextval('vintage_id_seq'),
         source VARCHAR NOT NULL,
         table_id VARCHAR NOT NULL,
         query VARCHAR NOT NULL,
         fetched_at TIMESTAMP,
         loaded_at TIMESTAMP NOT NULL,
         content_hash VARCHAR NOT NULL,
         row_count INTEGER NOT NULL
       )`,
      // Values stay on the codes valid in their year; harmonisation to 2024 codes happens on read.
      `CREATE TABLE observation (
         vintage_id INTEGER NOT NULL,
         region VARCHAR NOT NULL,
         counterpart VARCHAR,
         year INTEGER NOT NULL,
         variable VARCHAR NOT NULL,
         value DOUBLE,
         status VARCHAR NOT NULL
       )`,
      `CREATE TABLE vintage_variable (
         vintage_id INTEGER NOT NULL,
         variable VARCHAR NOT NULL,
         region_count INTEGER NOT NULL,
         first_year INTEGER NOT NULL,
         last_year INTEGER NOT NULL
       )`,
      `CREATE TABLE municipality (
         code VARCHAR PRIMARY KEY,
         name VARCHAR NOT NULL,
         county_code VARCHAR NOT NULL,
         county_name VARCHAR NOT NULL
       )`,
      `CREATE TABLE crosswalk (
         code VARCHAR NOT NULL,
         year INTEGER NOT NULL,
         target VARCHAR NOT NULL,
         share DOUBLE NOT NULL,
         method VARCHAR NOT NULL
       )`,
      `CREATE TABLE code_history (
         code VARCHAR NOT NULL,
         name VARCHAR NOT NULL,
         start_year INTEGER,
         end_year INTEGER,
         code_2024 VARCHAR
       )`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
