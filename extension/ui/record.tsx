/**
 * An entity's full record, in the side panel: the card's pieces (card.tsx) with everything shown — roles over
 * time, every fact with its sources, figures as a table and a chart, the events on a timeline, related entities
 * (navigable) — and the reader's note and pin.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardRole } from '../../shared/lookup/card.ts';
import { type ArticleDate, type LookupRecord, sendToBackground, type TimelineItem } from '../messaging/protocol.ts';
import { EntitySummary, FactList, RelatedEntities, RoleLine, SeriesTable, SourceLine } from './card.tsx';
import { formatDate } from './format.ts';
import { kindLabel, t } from './i18n.ts';
import { Section } from './pieces.tsx';
import { SeriesChart } from './series-chart.tsx';

export interface RecordViewProps {
  record: LookupRecord;
  onOpenEntity: (id: string) => void;
  onChange: (record: LookupRecord) => void;
  /** Move focus to the record's name when a record opens, so that the keyboard and screen readers start there. */
  focusOnOpen?: boolean;
  /** The date of the article in the tab, which the record's role is as of. */
  asOf?: ArticleDate;
}

export function RecordView({ record, onOpenEntity, onChange, focusOnOpen = false, asOf }: RecordViewProps) {
  const { entity } = record;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only while the reader is in this panel: a record opened from a page's card leaves their focus on the page.
    if (focusOnOpen && document.hasFocus()) heading.current?.focus();
  }, [entity.id, focusOnOpen]);
  const togglePin = async () => {
    const { pinned } = await sendToBackground({ type: 'set-pin', entityId: entity.id, pinned: !record.pinned });
    onChange({ ...record, pinned });
  };
  return (
    <article class={`ml-card ml-record ml-kind-${entity.kind}`} aria-label={entity.name}>
      <header class="ml-record-head">
        <div class="ml-card-head">
          <span class="ml-kind ml-dot">&nbsp;{kindLabel(entity.kind)}</span>
          <h2 class="ml-name" lang="vi" tabIndex={-1} ref={heading}>
            {entity.name}
          </h2>
        </div>
        <button type="button" class="ml-pin" aria-pressed={record.pinned} onClick={() => void togglePin()}>
          {record.pinned ? `★ ${t('pinned')}` : `☆ ${t('pin')}`}
        </button>
      </header>
      {entity.rolesAtDate.length > 0 && <RoleLine roles={entity.rolesAtDate} asOf={asOf} />}
      <EntitySummary entity={entity} />
      {entity.aliases.length > 0 && (
        <p class="ml-aliases">
          <span class="ml-muted">{t('aliases')}: </span>
          <span lang="vi">{entity.aliases.slice(0, 6).join(' · ')}</span>
        </p>
      )}
      <NoteEditor record={record} onChange={onChange} />
      {entity.roles.length > 0 && (
        <Section title={t('roles')}>
          <RolesOverTime roles={entity.roles} />
        </Section>
      )}
      {entity.facts.length > 0 && (
        <Section title={`${t('facts')} · ${entity.facts.length}`}>
          <FactList facts={entity.facts} quotes />
        </Section>
      )}
      {record.figures.map((figure) => (
        <Section
          key={figure.metric.id}
          title={
            <>
              {t('figures')}: <span lang="vi">{figure.metric.name}</span>
            </>
          }
        >
          <SeriesChart series={figure.series} title={t('chartTitle', figure.metric.name)} />
          <SeriesTable
            series={figure.series}
            highlight={
              new Set(entity.facts.map((fact) => fact.id).filter((id) => figure.series.some((p) => p.factId === id)))
            }
          />
        </Section>
      ))}
      {record.timeline.length > 0 && (
        <Section title={t('timeline')}>
          <Timeline items={record.timeline} onOpenEntity={onOpenEntity} />
        </Section>
      )}
      {entity.related.length > 0 && (
        <Section title={t('related')}>
          <RelatedEntities links={entity.related} onOpenEntity={onOpenEntity} />
        </Section>
      )}
    </article>
  );
}

function RolesOverTime({ roles }: { roles: CardRole[] }) {
  return (
    <ol class="ml-roles">
      {roles.map((role) => (
        <li key={`${role.title}:${role.from ?? role.source.date}`} class="ml-step">
          <span class="ml-role-title" lang="vi">
            {role.title}
          </span>
          <span class="ml-role-span">
            {[
              role.from ? t('roleFrom', formatDate(role.from)) : undefined,
              role.to ? t('roleTo', formatDate(role.to)) : undefined,
              !role.from && !role.to ? t('roleAttested', formatDate(role.source.date)) : undefined,
            ]
              .filter(Boolean)
              .join(' ')}
          </span>
          <SourceLine source={role.source} />
        </li>
      ))}
    </ol>
  );
}

function Timeline({ items, onOpenEntity }: { items: TimelineItem[]; onOpenEntity: (id: string) => void }) {
  return (
    <ol class="ml-timeline">
      {items.map((item) => (
        <li key={item.id} class={item.self ? 'ml-step ml-step-self' : 'ml-step'}>
          {item.date ? (
            <time dateTime={item.date}>
              {formatDate(item.date)}
              {item.end && item.end !== item.date ? ` – ${formatDate(item.end)}` : ''}
            </time>
          ) : (
            <span class="ml-muted">{t('timelineUndated', formatDate(item.mentioned ?? ''))}</span>
          )}
          {item.self ? (
            <span class="ml-timeline-name" lang="vi">
              {item.name}
            </span>
          ) : (
            <button type="button" class="ml-link ml-timeline-name" lang="vi" onClick={() => onOpenEntity(item.id)}>
              {item.name}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

const SAVE_DELAY_MS = 600;

/** The note: saved a moment after typing stops, and on leaving the box. */
function NoteEditor({ record, onChange }: { record: LookupRecord; onChange: (record: LookupRecord) => void }) {
  const [text, setText] = useState(record.note?.text ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const saved = useRef(record.note?.text ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = `ml-note-${record.entity.id}`;

  useEffect(() => {
    setText(record.note?.text ?? '');
    saved.current = record.note?.text ?? '';
    setState('idle');
  }, [record.entity.id]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = async (value: string) => {
    clearTimeout(timer.current);
    if (value === saved.current) return;
    setState('saving');
    const answer = await sendToBackground({ type: 'set-note', entityId: record.entity.id, text: value });
    saved.current = value;
    setState('saved');
    onChange({ ...record, ...(answer.note ? { note: answer.note } : { note: undefined }) });
  };

  return (
    <div class="ml-note">
      <label for={id} class="ml-note-label">
        {t('note')}
        <span class="ml-note-state" aria-live="polite">
          {state === 'saving' ? t('noteSaving') : state === 'saved' ? t('noteSaved') : ''}
        </span>
      </label>
      <textarea
        id={id}
        rows={3}
        placeholder={t('notePlaceholder')}
        value={text}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(value), SAVE_DELAY_MS);
        }}
        onBlur={() => void save(text)}
      />
    </div>
  );
}
