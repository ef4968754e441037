import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { prepareOnce } from './prepare-once.ts';

const first = new Database(':memory:');
const second = new Database(':memory:');
afterAll(() => {
  first.close();
  second.close();
});

test('a statement is prepared once per connection and SQL text, and still answers', () => {
  first.exec('CREATE TABLE things (name TEXT)');
  second.exec('CREATE TABLE things (name TEXT)');
  const insert = prepareOnce<[string]>(first, 'INSERT INTO things VALUES (?)');
  expect(prepareOnce(first, 'INSERT INTO things VALUES (?)')).toBe(insert);
  expect(prepareOnce(second, 'INSERT INTO things VALUES (?)')).not.toBe(insert);
  insert.run('one');
  insert.run('two');
  const count = prepareOnce<[], { count: number }>(first, 'SELECT COUNT(*) AS count FROM things');
  expect(count.get()?.count).toBe(2);
  expect(
    prepareOnce<[], { count: number }>(second, 'SELECT COUNT(*) AS count FROM things').get()?.count,
  ).toBe(0);
});
