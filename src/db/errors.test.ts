import { describe, expect, it } from 'vitest';
import { isAbortedForConcurrency, isConnectionLost } from './errors.ts';

const pgError = (code: string, message = 'from PostgreSQL') => Object.assign(new Error(message), { code });

describe('what PostgreSQL errors mean for the caller', () => {
  it('tells a lost connection from an error in a statement', () => {
    const lost = [
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P02'),
      pgError('57P03'),
      pgError('08006'),
      pgError('ECONNREFUSED'),
      pgError('ECONNRESET'),
      pgError('EPIPE'),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
    ];
    const notLost = [
      pgError('23505'),
      pgError('40001'),
      pgError('55P03'),
      pgError('SP001'),
      new Error('Connection refused by policy'),
      'ECONNRESET',
      null,
    ];
    expect(lost.filter((error) => !isConnectionLost(error))).toEqual([]);
    expect(notLost.filter((error) => isConnectionLost(error))).toEqual([]);
  });

  it('tells an aborted statement, which can run again, from any other error', () => {
    expect(['40001', '40P01', '55P03'].map((code) => isAbortedForConcurrency(pgError(code)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      [pgError('23505'), pgError('57P01'), new Error('plain'), null, undefined].map((error) =>
        isAbortedForConcurrency(error),
      ),
    ).toEqual([false, false, false, false, false]);
  });
});
