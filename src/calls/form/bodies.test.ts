import { describe, expect, it } from 'vitest';
import { storedCall } from '../../test/callFixtures';
import { CallApiError } from '../errors';
import { buildCreateInput, buildUpdateChanges } from './bodies';

const comment = {
  title: 'Inbound call from +49 30 1234567',
  fields: ['direction', 'duration'] as const,
  authorId: 501,
};

describe('buildCreateInput', () => {
  const fields = {
    direction: 'inbound',
    from_line: '+49301234567',
    to_line: '+14155550100',
    call_started_at: '2024-01-17T19:31:18+01:00',
    duration: undefined,
    ticket_id: 999,
  };

  it('puts the call on the current ticket with the app’s id and its voice comment', () => {
    expect(buildCreateInput(fields, { appId: 1003048, ticketId: 42, comment })).toEqual({
      call: {
        direction: 'inbound',
        from_line: '+49301234567',
        to_line: '+14155550100',
        call_started_at: '2024-01-17T19:31:18+01:00',
        app_id: 1003048,
        ticket_id: 42,
      },
      comment: { title: 'Inbound call from +49 30 1234567', call_fields: ['direction', 'duration'], author_id: 501 },
    });
  });

  it('will not create a call without an app id', () => {
    expect(() => buildCreateInput(fields, { appId: 0, ticketId: 42, comment })).toThrow(CallApiError);
  });
});

describe('buildUpdateChanges', () => {
  const record = storedCall({
    id: 7,
    call_started_at: '2024-01-17T18:31:18Z',
    duration: 90,
    call_disposition: 'sale',
    voicemail: null,
    callback: true,
  });
  const all = (names: string[]) => new Set(names);

  it('sends only the edited fields whose value changed', () => {
    const changes = buildUpdateChanges(
      record,
      { duration: 95, call_disposition: 'sale', completion_status: 'completed', queue_name: undefined },
      all(['duration', 'call_disposition', 'completion_status']),
    );
    expect(changes).toEqual({ duration: 95, completion_status: 'completed' });
  });

  it('ignores a value that is different but was not edited', () => {
    expect(buildUpdateChanges(record, { duration: 95 }, all([]))).toEqual({});
  });

  it('treats the same instant in another offset as unchanged', () => {
    expect(
      buildUpdateChanges(record, { call_started_at: '2024-01-17T19:31:18+01:00' }, all(['call_started_at'])),
    ).toEqual({});
  });

  it('clears a field the agent emptied', () => {
    expect(buildUpdateChanges(record, { call_disposition: null }, all(['call_disposition']))).toEqual({
      call_disposition: null,
    });
  });

  it('does not turn a never-set flag into false, but unticks a set one', () => {
    expect(buildUpdateChanges(record, { voicemail: false, callback: false }, all(['voicemail', 'callback']))).toEqual({
      callback: false,
    });
  });
});
