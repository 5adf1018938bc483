/**
 * "Bạn đã đọc" in a figure's card (the reading notebook): what other articles the reader read said for the same
 * metric, period and role — the value as written, the outlet and the article's date — with those that disagree
 * with another source marked in words and by style, not by colour alone; the newest articles listed, the others
 * counted.
 */
import type { FigureCard } from '../../shared/lookup/card.ts';
import type { Reading } from '../../shared/notebook/readings.ts';
import { qualified } from './figure-card.tsx';
import { formatDate } from './format.ts';
import { t } from './i18n.ts';
import { Section } from './pieces.tsx';

export function ReadElsewhere({ read, page }: { read: NonNullable<FigureCard['read']>; page: FigureCard['page'] }) {
  return (
    <Section title={t('notebookRead')}>
      {read.disagree && (
        <p class="ml-read-disagree" role="note">
          {t('notebookReadDisagree')}{' '}
          {t('notebookThisPage', qualified(page.value, page.unit, page.valueMax, page.qualifier))}
        </p>
      )}
      <ul class="ml-read">
        {read.readings.map((reading) => (
          <ReadingItem key={reading.id} reading={reading} />
        ))}
      </ul>
      {read.more ? <p class="ml-muted">{t('notebookMore', read.more)}</p> : null}
    </Section>
  );
}

/** One reading: its value, outlet and date, the article's title as its link, marked when it disagrees. */
export function ReadingItem({ reading }: { reading: Reading }) {
  return (
    <li class={reading.disagrees ? 'ml-reading ml-disagrees' : 'ml-reading'} title={reading.sentence}>
      <span class="ml-reading-value">
        {qualified(reading.value, reading.unit, reading.valueMax, reading.qualifier)}
      </span>
      {reading.disagrees && <span class="ml-badge ml-badge-warn">{t('notebookDiffers')}</span>}{' '}
      <span class="ml-reading-source">
        {reading.host}
        {reading.date ? `, ${formatDate(reading.date)}` : ''} ·{' '}
        <a href={reading.url} target="_blank" rel="noopener noreferrer" lang="vi">
          {reading.title || reading.url}
        </a>
      </span>
    </li>
  );
}
