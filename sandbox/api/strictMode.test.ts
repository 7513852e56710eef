import { describe, expect, it } from 'vitest';
import { CALL_FIELD_NAMES, CALL_FIELD_NAMES_2024, NEWER_CALL_FIELDS } from './callFields.ts';
import { SEED } from './seed.ts';
import { call, createTestStore, validCall } from './testSupport.ts';

const NEWER = Object.keys(NEWER_CALL_FIELDS);

function strictStore() {
  const store = createTestStore();
  store.state.api.strict = true;
  return store;
}

function recordOf(body: Record<string, unknown>): Record<string, unknown> {
  return body.call as Record<string, unknown>;
}

describe('the call answer', () => {
  it('lists every key in a stable order, organization_id included, and carries no Location', () => {
    const created = call(createTestStore(), 'POST', '/api/v2/calls', { call: validCall() });
    expect(Object.keys(recordOf(created.json()))).toEqual([
      'id',
      'account_id',
      'app_id',
      ...CALL_FIELD_NAMES,
      'created_at',
      'updated_at',
    ]);
    expect(recordOf(created.json()).organization_id).toBeNull();
    expect(created.response.headers).not.toHaveProperty('location');
  });
});

describe('lenient mode (the default)', () => {
  it('stores the newer fields and warns only about unknown names', () => {
    const store = createTestStore();
    const created = call(store, 'POST', '/api/v2/calls', {
      call: validCall({ summary: 'Refund asked', language: 'de', mood: 'calm' }),
    });
    expect(created.status).toBe(201);
    expect(recordOf(created.json())).toMatchObject({ summary: 'Refund asked', language: 'de' });
    expect(created.response.headers['x-zendesk-api-warn']).toBe('Removed restricted keys ["mood"]');
  });

  it('sends no warning when every key is accepted', () => {
    const created = call(createTestStore(), 'POST', '/api/v2/calls', { call: validCall({ summary: 'x' }) });
    expect(created.response.headers).not.toHaveProperty('x-zendesk-api-warn');
  });
});

describe('strict mode', () => {
  it('creates with the 2024 fields only, drops the rest with a warning and answers 201 anyway', () => {
    const store = strictStore();
    const created = call(store, 'POST', '/api/v2/calls', {
      call: validCall({ summary: 'Refund asked', language: 'de', duration: 60, sentiment_call: 'good' }),
    });
    expect(created.status).toBe(201);
    expect(created.response.headers['x-zendesk-api-warn']).toBe(
      'Removed restricted keys ["summary", "language", "sentiment_call"]',
    );
    const record = recordOf(created.json());
    expect(Object.keys(record)).toEqual([
      'id',
      'account_id',
      'app_id',
      ...CALL_FIELD_NAMES_2024,
      'created_at',
      'updated_at',
    ]);
    for (const name of NEWER) expect(record).not.toHaveProperty(name);
    expect(record.duration).toBe(60);
    expect(store.call(Number(record.id))?.summary).toBeNull();
  });

  it('updates with the 2024 fields only and answers 200 with the warning', () => {
    const store = strictStore();
    const updated = call(store, 'PATCH', `/api/v2/calls/${SEED.calls.inProgress}`, {
      call: { summary: 'Done', call_disposition: 'resolved' },
    });
    expect(updated.status).toBe(200);
    expect(updated.response.headers['x-zendesk-api-warn']).toBe('Removed restricted keys ["summary"]');
    expect(recordOf(updated.json())).not.toHaveProperty('summary');
    expect(recordOf(updated.json()).call_disposition).toBe('resolved');
    expect(store.call(SEED.calls.inProgress)?.summary).toBeNull();
  });

  it('does not validate the keys it drops', () => {
    const created = call(strictStore(), 'POST', '/api/v2/calls', {
      call: validCall({ call_recording_consent: 'sometimes' }),
    });
    expect(created.status).toBe(201);
  });

  it('reads records without the newer keys', () => {
    const shown = call(strictStore(), 'GET', `/api/v2/calls/${SEED.calls.inProgress}`);
    for (const name of NEWER) expect(recordOf(shown.json())).not.toHaveProperty(name);
    expect(recordOf(shown.json())).toHaveProperty('organization_id', null);
  });
});
