import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest } from './schemas.ts';
import { parseTabRequest } from './tab-requests.ts';

const TAB_TYPES = new Set(['page-mentions', 'reveal-mention', 'child-frame-mentions', 'set-page-date', 'step-mention']);

/** What the zod schemas say of a message, restricted to the requests a content script answers. */
const zodAnswer = (message: unknown) => {
  const request = parseRequest(message);
  return request && TAB_TYPES.has(request.type) ? request : undefined;
};

const mention = { entity: { id: 'to-lam', name: 'Tô Lâm' }, kind: 'person', text: 'Tổng Bí thư Tô Lâm' };

describe('parseTabRequest', () => {
  it.each<[string, unknown]>([
    ['page-mentions', { type: 'page-mentions' }],
    ['reveal-mention', { type: 'reveal-mention', index: 3 }],
    ['reveal-mention routed to a frame', { type: 'reveal-mention', index: 0, inFrame: true }],
    [
      'child-frame-mentions',
      { type: 'child-frame-mentions', frameId: 4, url: 'http://127.0.0.1/x', mentions: [mention] },
    ],
    ['a negative index', { type: 'reveal-mention', index: -1 }],
    ['a fractional index', { type: 'reveal-mention', index: 1.5 }],
    ['an index as text', { type: 'reveal-mention', index: '1' }],
    ['set-page-date', { type: 'set-page-date', date: '2024-07-11' }],
    ['set-page-date back to the page’s', { type: 'set-page-date', date: null }],
    ['a date as the page writes it', { type: 'set-page-date', date: '11/07/2024' }],
    ['step-mention', { type: 'step-mention', direction: -1 }],
    ['a step of two', { type: 'step-mention', direction: 2 }],
    ['frame 0', { type: 'child-frame-mentions', frameId: 0, url: '', mentions: [] }],
    [
      'a mention without entity',
      { type: 'child-frame-mentions', frameId: 2, url: '', mentions: [{ kind: 'person', text: 'x' }] },
    ],
    ['a request for the background', { type: 'ping' }],
    ['not an object', 'page-mentions'],
    ['null', null],
    ['an array', [{ type: 'page-mentions' }]],
  ])('answers %s as the schemas do', (_case, message) => {
    expect(parseTabRequest(message)).toEqual(zodAnswer(message));
  });

  it('agrees with the schemas on arbitrary messages shaped like ours', () => {
    const messages = fc.record(
      {
        type: fc.constantFrom(
          'page-mentions',
          'reveal-mention',
          'child-frame-mentions',
          'set-page-date',
          'step-mention',
          'ping',
        ),
        date: fc.oneof(fc.constant(null), fc.constant('2024-07-11'), fc.string({ maxLength: 10 })),
        direction: fc.constantFrom(1, -1, 0, '1'),
        index: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.string()),
        inFrame: fc.oneof(fc.boolean(), fc.constant('yes')),
        frameId: fc.integer({ min: -1, max: 3 }),
        url: fc.string({ maxLength: 5 }),
        mentions: fc.array(fc.oneof(fc.constant(mention), fc.constant({ ...mention, kind: 'nope' }))),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(messages, (message) => {
        expect(parseTabRequest(message)).toEqual(zodAnswer(message));
      }),
      { numRuns: 500 },
    );
  });
});
