import { describe, expect, it } from 'vitest';
import { formatMinutes } from '../../src/lib/durations.ts';

describe('formatMinutes', () => {
  it('writes meeting lengths as people say them', () => {
    expect([30, 45, 60, 90, 120, 240].map(formatMinutes)).toEqual([
      '30 minutes',
      '45 minutes',
      '1 hour',
      '90 minutes',
      '2 hours',
      'half a day',
    ]);
  });
});
