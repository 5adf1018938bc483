/**
 * The requests a content script accepts, checked by hand: the content script runs on every page a person
 * opens, and loading a schema library there would cost every page several milliseconds before it even knows
 * whether the page is Vietnamese. The shapes are those of schemas.ts; tab-requests.test.ts holds the two to
 * the same answers.
 */
import {
  FIGURE_ROLES,
  type FigureRole,
  MENTION_KINDS,
  type MentionKind,
  QUALIFIERS,
  type QualifierName,
} from '../../shared/factbase/kinds.ts';
import { isIsoDay } from '../../shared/iso-date.ts';
import type { PageMention, Request } from './protocol.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isFrameId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const KINDS = new Set<string>(MENTION_KINDS);

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

const isFactIds = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 50 && value.every((id) => isText(id, 200));
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const ROLES = new Set<string>(FIGURE_ROLES);
const QUALIFIER_SET = new Set<string>(QUALIFIERS);

/** A figure's frame and verdict (schemas.ts, `FigureShape`), copied field by field, or undefined. */
function figureFields(figure: unknown): PageMention['figure'] | undefined {
  if (!isObject(figure)) return undefined;
  const { value, valueMax, unit, metric, period, role, qualifier, facts, conflicts } = figure;
  if (typeof value !== 'number' || !isText(unit, 20) || !isFactIds(facts)) return undefined;
  if (!isOptional(valueMax, (v) => typeof v === 'number')) return undefined;
  if (!isOptional(metric, (v) => v === null || isText(v, 200))) return undefined;
  if (!isOptional(period, (v) => v === null || isText(v, 40))) return undefined;
  if (!isOptional(role, (v) => typeof v === 'string' && ROLES.has(v))) return undefined;
  if (!isOptional(qualifier, (v) => typeof v === 'string' && QUALIFIER_SET.has(v))) return undefined;
  if (!isOptional(conflicts, isFactIds)) return undefined;
  return {
    value,
    ...(valueMax !== undefined ? { valueMax: valueMax as number } : {}),
    unit,
    ...(metric !== undefined ? { metric: metric as string | null } : {}),
    ...(period !== undefined ? { period: period as string | null } : {}),
    ...(role !== undefined ? { role: role as FigureRole } : {}),
    ...(qualifier !== undefined ? { qualifier: qualifier as QualifierName } : {}),
    facts: [...facts],
    ...(conflicts !== undefined ? { conflicts: [...(conflicts as string[])] } : {}),
  };
}

/** One mention's own fields, copied, or undefined. */
function mentionFields(mention: unknown): PageMention | undefined {
  if (!isObject(mention) || !isObject(mention.entity)) return undefined;
  const { id, name } = mention.entity;
  const { kind, text } = mention;
  if (!isText(id, 200) || id.length === 0 || !isText(name, 500) || !isText(text, 500)) return undefined;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  const fields: PageMention = { entity: { id, name }, kind: kind as MentionKind, text };
  if (mention.figure !== undefined) {
    const figure = figureFields(mention.figure);
    if (!figure) return undefined;
    fields.figure = figure;
  }
  return fields;
}

/** The mentions with the names nested in them, copied field by field (nothing else comes along), or undefined. */
function mentionList(value: unknown): PageMention[] | undefined {
  if (!Array.isArray(value) || value.length > 100_000) return undefined;
  const mentions: PageMention[] = [];
  for (const mention of value) {
    const fields = mentionFields(mention);
    if (!fields) return undefined;
    const nested = (mention as { nested?: unknown }).nested;
    if (nested !== undefined) {
      if (!Array.isArray(nested) || nested.length > 50) return undefined;
      const inner = nested.map(mentionFields);
      if (inner.some((m) => m === undefined)) return undefined;
      fields.nested = inner as PageMention[];
    }
    mentions.push(fields);
  }
  return mentions;
}

/** The request, if `message` is one a content script answers; undefined for anything else. */
export function parseTabRequest(message: unknown): Request | undefined {
  if (!isObject(message)) return undefined;
  switch (message.type) {
    case 'page-mentions':
      return { type: 'page-mentions' };
    case 'reveal-mention':
      if (!isIndex(message.index) || !(message.inFrame === undefined || typeof message.inFrame === 'boolean')) {
        return undefined;
      }
      return message.inFrame === undefined
        ? { type: 'reveal-mention', index: message.index }
        : { type: 'reveal-mention', index: message.index, inFrame: message.inFrame };
    case 'set-page-date':
      if (!(message.date === null || isIsoDay(message.date))) return undefined;
      return { type: 'set-page-date', date: message.date };
    case 'step-mention':
      if (message.direction !== 1 && message.direction !== -1) return undefined;
      if (message.shortcut !== undefined && !isText(message.shortcut, 64)) return undefined;
      return {
        type: 'step-mention',
        direction: message.direction,
        ...(message.shortcut !== undefined ? { shortcut: message.shortcut } : {}),
      };
    case 'child-frame-mentions': {
      const mentions = mentionList(message.mentions);
      if (!isFrameId(message.frameId) || !isText(message.url, 4096) || !mentions) return undefined;
      return { type: 'child-frame-mentions', frameId: message.frameId, url: message.url, mentions };
    }
    default:
      return undefined;
  }
}
