/**
 * The card: one set of small components shared by the page's tooltip, the popup and the side panel.
 * Everything shown is text (Preact escapes it); nothing from a page or a fact pack becomes markup.
 */
import type { ComponentChildren } from 'preact';
import {
  type Card,
  type CardFact,
  type CardLink,
  type CardRole,
  type CardSeriesPoint,
  type CardSource,
  type EntityCard,
  type FigureCard,
  KIND_LABELS,
} from '../../shared/lookup/card.ts';
import { formatDate, formatPeriod, formatValue } from './format.ts';

export interface CardActions {
  /** Switch to another entity (a related-entity link). */
  onOpenEntity?: (id: string) => void;
  /** Open this entity in the side panel. */
  onOpenInSidePanel?: (id: string) => void;
  /** Step to the previous/next mention of the same entity on this page. */
  onStepMention?: (direction: 1 | -1) => void;
}

export interface CardViewProps extends CardActions {
  card: Card;
  /** Mentions of the same entity on this page, and which one this is (1-based). */
  onPage?: { index: number; count: number };
  /** How many facts to list; the side panel shows them all. */
  factLimit?: number;
}

export function CardView({ card, onPage, factLimit = 3, ...actions }: CardViewProps) {
  return (
    <article
      class={`ml-card ml-kind-${card.kind}`}
      aria-label={card.type === 'entity' ? card.entity.name : card.figure.metric.name}
    >
      <header class="ml-card-head">
        <span class="ml-kind">{KIND_LABELS[card.kind]}</span>
        <h2 class="ml-name">{card.type === 'entity' ? card.entity.name : card.figure.page.text}</h2>
      </header>
      {card.type === 'entity' ? (
        <EntityBody entity={card.entity} factLimit={factLimit} {...actions} />
      ) : (
        <FigureBody figure={card.figure} />
      )}
      {onPage && onPage.count > 1 && (
        <p class="ml-on-page">
          <span>
            Trên trang này: lần {onPage.index}/{onPage.count}
          </span>
          <button type="button" aria-label="Lần nhắc trước" onClick={() => actions.onStepMention?.(-1)}>
            ‹
          </button>
          <button type="button" aria-label="Lần nhắc sau" onClick={() => actions.onStepMention?.(1)}>
            ›
          </button>
        </p>
      )}
      {card.type === 'entity' && actions.onOpenInSidePanel && (
        <footer class="ml-card-foot">
          <button type="button" class="ml-link" onClick={() => actions.onOpenInSidePanel?.(card.entity.id)}>
            Mở trong bảng bên
          </button>
        </footer>
      )}
    </article>
  );
}

function EntityBody({ entity, factLimit, ...actions }: { entity: EntityCard; factLimit: number } & CardActions) {
  return (
    <>
      {entity.rolesAtDate.length > 0 && <RoleLine roles={entity.rolesAtDate} />}
      <EntitySummary entity={entity} />
      {entity.facts.length > 0 && (
        <Section title="Dữ kiện">
          <FactList facts={entity.facts.slice(0, factLimit)} />
          {entity.facts.length > factLimit && <p class="ml-more">và {entity.facts.length - factLimit} dữ kiện khác</p>}
        </Section>
      )}
      {entity.related.length > 0 && (
        <Section title="Liên quan">
          <RelatedEntities links={entity.related} onOpenEntity={actions.onOpenEntity} />
        </Section>
      )}
    </>
  );
}

/** How a role stands at the page's date: stated by the page's time, or only as of the base's latest source. */
function roleAsOf(role: CardRole): string {
  switch (role.standing) {
    case 'latest-source':
      return `theo nguồn mới nhất (${formatDate(role.asOf ?? role.source.date)})`;
    case 'later-source':
      return `theo nguồn sau ngày bài (${formatDate(role.asOf ?? role.source.date)})`;
    case 'ended':
      return role.to ? `đến ${formatDate(role.to)}` : `theo bài ${formatDate(role.source.date)}`;
    default:
      return `theo bài ${formatDate(role.source.date)}`;
  }
}

/** The roles at the page's date, each with how it stands then; one line (a person may hold two). */
export function RoleLine({ roles }: { roles: CardRole[] }) {
  return (
    <p class="ml-role">
      {roles.map((role, index) => (
        <span key={role.title}>
          {index > 0 && '; '}
          {role.title}
          <span class="ml-muted"> · {roleAsOf(role)}</span>
          {role.organizationEnded && (
            <span class="ml-muted" title={role.organizationEnded.note}>
              {' '}
              ({role.organizationEnded.name}: {role.organizationEnded.text} từ {formatDate(role.organizationEnded.date)}
              )
            </span>
          )}
        </span>
      ))}
    </p>
  );
}

/** The summary, dated by the base's latest source when the page is later, and an organisation's end. */
export function EntitySummary({ entity }: { entity: EntityCard }) {
  return (
    <>
      <p class="ml-summary">
        {entity.summary}
        {entity.latestSource && (
          <span class="ml-muted"> · theo nguồn mới nhất ({formatDate(entity.latestSource)})</span>
        )}
      </p>
      {entity.ended && (
        <p class="ml-ended ml-muted" title={entity.ended.note}>
          Từ {formatDate(entity.ended.date)}: {entity.ended.text}
        </p>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="ml-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function FactList({ facts }: { facts: CardFact[] }) {
  return (
    <ul class="ml-facts">
      {facts.map((fact) => (
        <li key={fact.id}>
          <span>{fact.text}</span>
          {fact.sources.map((source) => (
            <SourceLine key={`${source.seed}:${source.quote}`} source={source} />
          ))}
        </li>
      ))}
    </ul>
  );
}

export function SourceLine({ source }: { source: CardSource }) {
  return (
    <span class="ml-source" title={`“${source.quote}”`}>
      Nguồn: {source.outlet ? `${source.outlet}, ` : ''}“{source.title}”, {formatDate(source.date)}
      {source.within && ` (tin liên quan đăng kèm bài ngày ${formatDate(source.within.date)})`}
    </span>
  );
}

export function RelatedEntities({ links, onOpenEntity }: { links: CardLink[]; onOpenEntity?: (id: string) => void }) {
  return (
    <ul class="ml-related">
      {links.map((link) => (
        <li key={link.id}>
          <button
            type="button"
            class={`ml-chip ml-kind-${link.kind}`}
            title={link.relation ? `${link.relation}: ${link.name}` : link.name}
            onClick={() => onOpenEntity?.(link.id)}
          >
            {link.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

function FigureBody({ figure }: { figure: FigureCard }) {
  return (
    <>
      <p class="ml-role">{figure.metric.name}</p>
      {figure.disagreement && (
        <div class="ml-warning" role="alert">
          <p>
            ⚠ Trang ghi {figure.page.text}, nhưng cơ sở dữ kiện ghi{' '}
            {formatValue(figure.disagreement.expected.value, figure.disagreement.expected.unit)} cho{' '}
            {formatPeriod(figure.disagreement.expected)}.
          </p>
          <SourceLine source={figure.disagreement.expected.source} />
        </div>
      )}
      {figure.matched.length > 0 ? (
        <Section title="Khớp với dữ kiện">
          <FactList facts={figure.matched} />
        </Section>
      ) : (
        <p class="ml-muted">Không có dữ kiện nào trong cơ sở khớp đúng con số này.</p>
      )}
      {figure.series.length > 0 && (
        <Section title="Chuỗi số liệu">
          <SeriesTable series={figure.series} highlight={new Set(figure.matched.map((fact) => fact.id))} />
        </Section>
      )}
    </>
  );
}

export function SeriesTable({ series, highlight }: { series: CardSeriesPoint[]; highlight?: Set<string> }) {
  return (
    <table class="ml-series">
      <tbody>
        {series.map((point) => (
          <tr key={point.factId} class={highlight?.has(point.factId) ? 'ml-current' : undefined}>
            <th scope="row">{formatPeriod(point)}</th>
            <td>{formatValue(point.value, point.unit, point.valueMax)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
