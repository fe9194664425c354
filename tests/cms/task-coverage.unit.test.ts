import { describe, expect, it } from 'vitest';
import { communicatedTasks, type TaskRow } from '../../cms/src/reporting/task-coverage.ts';

// The 2030 target's rule (cms/src/reporting/task-coverage.ts), on the ways a task is told and the day each counts from.
const task = (documentId: string, press: string[] = []): TaskRow => ({ documentId, body: 'hanoi', start: '2026-01-05', press });

describe('a state-funded task counts as communicated', () => {
  const told = {
    articles: [
      { day: '2026-03-10', tasks: ['tro-ly-ao'] },
      { day: '2026-11-02', tasks: ['du-lieu-mo'] },
    ],
    bulletins: [{ day: '2026-04-01', tasks: ['an-toan-thong-tin'] }],
    tasks: [
      task('tro-ly-ao'),
      task('du-lieu-mo'),
      task('an-toan-thong-tin'),
      task('nong-nghiep-so', ['2026-06-18']),
      task('y-te-so', ['2026-12-20']),
      task('giao-duc-so'),
    ],
  };

  it('by an article in the column, a bulletin made from one, or coverage its editors recorded, each from its day', () => {
    expect([...communicatedTasks(told, '2026-06-30')].sort()).toEqual(['an-toan-thong-tin', 'nong-nghiep-so', 'tro-ly-ao']);
    expect([...communicatedTasks(told, '2026-12-31')].sort()).toEqual(
      ['an-toan-thong-tin', 'du-lieu-mo', 'nong-nghiep-so', 'tro-ly-ao', 'y-te-so'].sort(),
    );
  });

  it('not by an article dated later than the period, nor by a task with nothing told of it', () => {
    expect(communicatedTasks(told, '2026-03-09').size).toBe(0);
    expect(communicatedTasks(told, '2027-12-31').has('giao-duc-so')).toBe(false);
  });
});
