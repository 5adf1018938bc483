/**
 * The card: one set of small components shared by the page's tooltip, the popup and the side panel.
 * Everything shown is text (Preact escapes it); nothing from a page or a fact pack becomes markup. The interface's
 * words come from `t()`; the fact base's words are Vietnamese data and say so (`lang="vi"`), so that a screen
 * reader reads a name with a Vietnamese voice whatever the interface language.
 *
 * Laid out in three parts — a head (back, kind, name), a body, a foot (this entity's other mentions, the side
 * panel) — so that the page's tooltip can keep head and foot in view and scroll the body when space is short.
 */
import type { EntityKind } from '../../shared/factbase/kinds.ts';
import type {
  Card,
  CardFact,
  CardLink,
  CardRole,
  CardSeriesPoint,
  CardSource,
  EntityCard,
} from '../../shared/lookup/card.ts';
import type { ArticleDate } from '../messaging/protocol.ts';
import { FigureBody } from './figure-card.tsx';
import { formatDate, formatValue, needsTargetWord } from './format.ts';
import { kindName, t } from './i18n.ts';
import { Section } from './pieces.tsx';

export interface CardActions {
  /** Switch to another entity (a related-entity link). */
  onOpenEntity?: (id: string) => void;
  /** Open this entity in the side panel. */
  onOpenInSidePanel?: (id: string) => void;
  /** Step to the previous/next mention of the same entity on this page. */
  onStepMention?: (direction: 1 | -1) => void;
  /** Back to the card shown before a related entity was followed. */
  onBack?: () => void;
}

export interface CardViewProps extends CardActions {
  card: Card;
  /** Mentions of the same entity on this page, and which one this is (1-based). */
  onPage?: { index: number; count: number };
  /** How many facts to list; the side panel shows them all. */
  factLimit?: number;
  /** The article's date the card was built for (roles as of then), and where it was read. */
  asOf?: ArticleDate;
  /** The id of the name's element, for a dialog labelled by it. */
  nameId?: string;
  /** A word to the reader at the card's foot (e.g. how to open the side panel where the page could not). */
  notice?: string;
  /** Entities written inside the name on the page ("Trong tên này"): the committee inside a session's name. */
  nested?: Array<{ id: string; name: string; kind: EntityKind }>;
}

/** The name a card is about: an entity's name, or the number as the page writes it. */
export function cardName(card: Card): string {
  return card.type === 'entity' ? card.entity.name : card.figure.page.text;
}

export function CardView({ card, onPage, factLimit = 3, asOf, nameId, nested, notice, ...actions }: CardViewProps) {
  const entityId = card.type === 'entity' ? card.entity.id : card.figure.metric.id;
  const hasFoot = (onPage && onPage.count > 1) || (card.type === 'entity' && actions.onOpenInSidePanel);
  return (
    <article class={`ml-card ml-kind-${card.kind}`} data-entity={entityId} aria-labelledby={nameId}>
      <header class="ml-card-head">
        {actions.onBack && (
          <button type="button" class="ml-back-link" onClick={actions.onBack}>
            ← {t('back')}
          </button>
        )}
        <span class="ml-kind">{kindName(card.kind)}</span>
        <h2 class="ml-name" id={nameId} lang="vi">
          {cardName(card)}
        </h2>
      </header>
      <div class="ml-card-body">
        {card.type === 'entity' ? (
          <EntityBody entity={card.entity} factLimit={factLimit} asOf={asOf} {...actions} />
        ) : (
          <FigureBody figure={card.figure} />
        )}
        {nested && nested.length > 0 && (
          <Section title={t('inThisName')}>
            <RelatedEntities
              links={nested.map((inner) => ({ id: inner.id, name: inner.name, kind: inner.kind }))}
              onOpenEntity={actions.onOpenEntity}
            />
          </Section>
        )}
      </div>
      {hasFoot && (
        <footer class="ml-card-foot">
          {onPage && onPage.count > 1 && (
            <p class="ml-on-page">
              <span>{t('cardOnPage', onPage.index, onPage.count)}</span>
              <button type="button" aria-label={t('cardPreviousMention')} onClick={() => actions.onStepMention?.(-1)}>
                ‹
              </button>
              <button type="button" aria-label={t('cardNextMention')} onClick={() => actions.onStepMention?.(1)}>
                ›
              </button>
            </p>
          )}
          {card.type === 'entity' && actions.onOpenInSidePanel && (
            <button type="button" class="ml-link" onClick={() => actions.onOpenInSidePanel?.(card.entity.id)}>
              {t('cardOpenInPanel')}
            </button>
          )}
          <p class="ml-notice-line" role="status">
            {notice}
          </p>
        </footer>
      )}
    </article>
  );
}

function EntityBody({
  entity,
  factLimit,
  asOf,
  ...actions
}: { entity: EntityCard; factLimit: number; asOf?: ArticleDate } & CardActions) {
  return (
    <>
      {entity.rolesAtDate.length > 0 ? (
        <RoleLine roles={entity.rolesAtDate} asOf={asOf} />
      ) : (
        entity.roles.length > 0 && asOf && <p class="ml-role ml-muted">{t('noRoleAtDate', formatDate(asOf.date))}</p>
      )}
      <EntitySummary entity={entity} />
      {entity.facts.length > 0 && (
        <Section title={t('facts')}>
          <FactList facts={entity.facts.slice(0, factLimit)} />
          {entity.facts.length > factLimit && (
            <p class="ml-more">{t('cardMoreFacts', entity.facts.length - factLimit)}</p>
          )}
        </Section>
      )}
      {entity.related.length > 0 && (
        <Section title={t('related')}>
          <RelatedEntities links={entity.related} onOpenEntity={actions.onOpenEntity} />
        </Section>
      )}
    </>
  );
}

/** How a role stands at the page's date: stated by the page's time, or only as of the base's latest source. */
function roleAsOf(role: CardRole, asOf?: ArticleDate): string {
  switch (role.standing) {
    case 'latest-source':
      return t('roleAsOfSource', formatDate(role.asOf ?? role.source.date));
    case 'later-source':
      return t('roleAsOfLaterSource', formatDate(role.asOf ?? role.source.date));
    case 'ended':
      return role.to ? t('roleUntil', formatDate(role.to)) : t('roleAsOfArticle', formatDate(role.source.date));
    default:
      return t('roleAsOfArticle', formatDate(asOf?.date ?? role.source.date));
  }
}

/**
 * The roles at the article's date (a person may hold two), each with how it stands then and which date that is:
 * the article's own ("theo bài 11/07/2024"), or, past the base's sources, the latest source's.
 */
export function RoleLine({ roles, asOf }: { roles: CardRole[]; asOf?: ArticleDate }) {
  return (
    <p class="ml-role">
      {roles.map((role, index) => (
        <span key={role.title}>
          {index > 0 && '; '}
          <span lang="vi">{role.title}</span>
          <span class="ml-muted" title={asOf ? t(`dateFrom_${asOf.source}`) : undefined}>
            {' · '}
            {roleAsOf(role, asOf)}
          </span>
          {role.organizationEnded && (
            <span class="ml-muted" title={role.organizationEnded.note}>
              {' ('}
              <span lang="vi">{role.organizationEnded.name}</span>
              {': '}
              {t('organizationEnded', role.organizationEnded.text, formatDate(role.organizationEnded.date))})
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
        <span lang="vi">{entity.summary}</span>
        {entity.latestSource && <span class="ml-muted"> · {t('roleAsOfSource', formatDate(entity.latestSource))}</span>}
      </p>
      {entity.ended && (
        <p class="ml-ended ml-muted" title={entity.ended.note}>
          {t('entityEnded', formatDate(entity.ended.date))}: <span lang="vi">{entity.ended.text}</span>
        </p>
      )}
    </>
  );
}

/** A fact's sources, one line per article, however many quotes it gives from that article. */
function byArticle(sources: CardSource[]): Array<{ source: CardSource; quotes: string[] }> {
  const articles = new Map<string, { source: CardSource; quotes: string[] }>();
  for (const source of sources) {
    // One article, as the line shows it: a story printed inside another (`within`) is its own line.
    const key = `${source.seed}|${source.title}|${source.date}|${source.within?.date ?? ''}`;
    const article = articles.get(key);
    if (!article) articles.set(key, { source, quotes: [source.quote] });
    else if (!article.quotes.includes(source.quote)) article.quotes.push(source.quote);
  }
  return [...articles.values()];
}

/** Facts with their sources; `quotes` writes out each source's words (the side panel), else they are a tooltip. */
export function FactList({ facts, quotes = false }: { facts: CardFact[]; quotes?: boolean }) {
  return (
    <ul class="ml-facts">
      {facts.map((fact) => (
        <li key={fact.id}>
          <span lang="vi">{fact.text}</span>
          {byArticle(fact.sources).map((article) => (
            <SourceLine
              key={`${article.source.seed}|${article.source.title}|${article.source.date}`}
              source={article.source}
              quotes={article.quotes}
              showQuotes={quotes}
            />
          ))}
        </li>
      ))}
    </ul>
  );
}

export function SourceLine({
  source,
  quotes = [source.quote],
  showQuotes = false,
}: {
  source: CardSource;
  quotes?: string[];
  showQuotes?: boolean;
}) {
  return (
    <span class="ml-source" title={showQuotes ? undefined : quotes.map((quote) => `“${quote}”`).join('\n')}>
      {t('sourceLabel')}{' '}
      <span lang="vi">
        {source.outlet ? `${source.outlet}, ` : ''}“{source.title}”
      </span>
      , {formatDate(source.date)}
      {source.within && ` ${t('sourceWithin', formatDate(source.within.date))}`}
      {showQuotes &&
        quotes.map((quote) => (
          <q key={quote} class="ml-quote" lang="vi">
            {quote}
          </q>
        ))}
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
            lang="vi"
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

export function SeriesTable({ series, highlight }: { series: CardSeriesPoint[]; highlight?: Set<string> }) {
  return (
    <table class="ml-series">
      <tbody>
        {series.map((point) => (
          <tr key={point.factId} class={highlight?.has(point.factId) ? 'ml-current' : undefined}>
            <th scope="row">
              <PeriodLabel point={point} />
            </th>
            <td>{formatValue(point.value, point.unit, point.valueMax)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A series point's period: the base's Vietnamese words marked so, inside the interface's "Target, …" for a target. */
export function PeriodLabel({ point }: { point: Pick<CardSeriesPoint, 'period' | 'isTarget'> }) {
  const period = <span lang="vi">{point.period}</span>;
  if (!needsTargetWord(point)) return period;
  const [before = '', after = ''] = t('targetPeriod', '\u0000').split('\u0000');
  return (
    <>
      {before}
      {period}
      {after}
    </>
  );
}
