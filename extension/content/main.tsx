/**
 * The content script's lifecycle: decides whether to run on this page, builds the annotator from the
 * background's match table, finds the article (or the whole page, if the reader asks), draws highlights, answers
 * the extension's messages, and hands the page's pointer and keys to the card controller. It is the only code
 * that touches a host page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../../shared/text/annotate.ts';
import {
  type ArticleDate,
  handleRequests,
  type PageConfig,
  type PageFigure,
  type PageMention,
  sendToBackground,
} from '../messaging/protocol.ts';
import { parseTabRequest } from '../messaging/tab-requests.ts';
import { STORED } from '../settings/settings.ts';
import { setLanguage } from '../ui/i18n.ts';
import { articleDate } from './article-date.ts';
import { everywhere, findArticleRegion } from './article-region.ts';
import { CardController } from './card-controller.ts';
import { CardHost } from './card-host.ts';
import { annotateThrough, pageFrames } from './figure-context.ts';
import { supportsHighlights } from './gate.ts';
import { HighlightLayer } from './highlights.ts';
import { mark } from './measure.ts';
import { NotebookReporter } from './notebook-report.ts';
import { PageAnnotator, type PageMentionRecord } from './page-annotator.ts';
import { whenVietnamese } from './page-context.ts';
import { PageKeys } from './page-keys.ts';
import { onStoredChange } from './stored-changes.ts';

interface Running {
  config: PageConfig;
  layer: HighlightLayer;
  annotator: PageAnnotator;
  cards: CardController;
  detachInput: () => void;
  notebook?: NotebookReporter;
}

/**
 * Runs on a page the first content script (gate.ts) found Vietnamese, until `ctx` is invalidated (the extension
 * updated, reloaded or removed: lifecycle.ts); then every highlight, listener and card of ours goes.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  // The first script judged the page; a blank frame its page fills later is still waited for.
  if (!supportsHighlights() || !(await whenVietnamese(document)) || !document.body) return;
  const lang = 'vi';
  mark('mekong-lens:boot');

  const card = new CardHost();
  const keys = new PageKeys();
  let stopKeys = keys.attach();
  let running: Running | null = null;
  // The article's date: read from the page when first needed (a card, the side panel), unless the reader set it.
  let statedDate: ArticleDate | undefined | null = null;
  let readerDate: ArticleDate | undefined;
  const date = (): ArticleDate | undefined => {
    if (readerDate) return readerDate;
    if (statedDate === null) {
      try {
        // The article's region as the annotator found it, when it did (the byline is looked for around it).
        const region = running?.annotator.currentRegion();
        statedDate = articleDate(document, region?.roots.length ? region : undefined);
      } catch (error) {
        console.warn('[Mekong Lens] reading the article’s date', error);
        statedDate = undefined;
      }
    }
    return statedDate;
  };
  const stop = () => {
    if (!running) return;
    running.detachInput();
    running.annotator.stop();
    running.notebook?.stop();
    running.layer.detach();
    card.remove();
    running = null;
  };

  const markFirstHighlight = once(() => mark('mekong-lens:first-highlight'));
  /** In a subframe: tells the tab's top frame what this frame mentions (set below). */
  let reportToTopFrame: (() => Promise<void>) | undefined;

  /** The configuration applied last, running or not (a switched-off site's too). */
  let applied: PageConfig | undefined;
  const apply = async (config: PageConfig) => {
    stop();
    if (ctx.signal.aborted) return;
    applied = config;
    setLanguage(config.language, config.messages);
    card.setAppearance(config);
    if (!config.enabled) return;
    const layer = new HighlightLayer({ underline: config.underline });
    layer.watch();
    // `document.open()` gives the window a new document element and drops every listener we had: listen again.
    let listeningTo = document.documentElement;
    const listenAgainIfReopened = () => {
      if (!running || document.documentElement === listeningTo) return;
      listeningTo = document.documentElement;
      running.detachInput();
      running.detachInput = running.cards.attach();
      layer.watch();
      stopKeys();
      stopKeys = keys.attach();
    };
    const region = () => (config.scope === 'page' ? everywhere(document) : findArticleRegion(document));
    // The reading notebook: the top frame reports its figures after each pass, in idle time.
    let notebook: NotebookReporter | undefined;
    const frames = pageFrames(document, () => date()?.date);
    // The matcher runs in the background: the page sends its text and draws what comes back.
    const options = {
      accentless: config.accentless,
      figures: config.allFigures ? ('all' as const) : ('metric' as const),
    };
    const pageAnnotator = new PageAnnotator({
      annotate: annotateThrough(
        (pieces, context) => sendToBackground({ type: 'annotate', options, pieces, ...(context ? { context } : {}) }),
        frames,
      ),
      layer,
      root: document.body,
      findRegion: region,
      // Our host, once a card has opened (it is made then).
      get exclude() {
        return card.element;
      },
      kinds: new Set(config.kinds),
      mode: config.mode,
      onDraw: () => {
        listenAgainIfReopened();
        markFirstHighlight();
        notebook?.schedule();
        void reportToTopFrame?.();
      },
    });
    if (config.notebook && window === window.top)
      notebook = new NotebookReporter(pageAnnotator, () => ({ title: document.title, date: date()?.date }));
    const cards = new CardController({ annotator: pageAnnotator, layer, card, date });
    running = { config, layer, annotator: pageAnnotator, cards, detachInput: cards.attach(), notebook };
    // Marks on the page's performance timeline, read by `npm run bench:browser`.
    mark('mekong-lens:start');
    pageAnnotator.start();
    void pageAnnotator.whenIdle().then(() => mark('mekong-lens:annotated'));
  };

  // Set once the site's settings have been applied; requests wait for it rather than answer for an empty page.
  let ready: Promise<void> = Promise.resolve();

  /**
   * The mentions found: of the whole page when `whole` (what the side panel lists; on a long page the text far from
   * the viewport is read first), else of what is read so far.
   */
  const mentionList = async (whole: boolean): Promise<PageMentionRecord[]> => {
    await ready;
    if (!running) return [];
    await (whole ? running.annotator.readEverything() : running.annotator.whenIdle());
    return running.annotator.mentions();
  };

  const toPageMention = ({ mention }: PageMentionRecord): PageMention => ({
    entity: mention.entity,
    kind: mention.kind,
    text: mention.text,
    ...(mention.nested
      ? { nested: mention.nested.map((inner) => ({ entity: inner.entity, kind: inner.kind, text: inner.text })) }
      : {}),
    ...(mention.figure ? { figure: pageFigure(mention.figure) } : {}),
  });

  // Each frame annotates its own document. The top frame answers for the tab: its own mentions, then those its
  // subframes report through the background, frame by frame.
  const isTopFrame = window === window.top;
  const childFrames = new Map<number, PageMention[]>();

  const stopAnswering = handleRequests(
    {
      'page-mentions': async () => {
        const mentions = [...(await mentionList(true)).map(toPageMention), ...[...childFrames.values()].flat()];
        const dated = date();
        return {
          url: location.href,
          lang,
          hostname: location.hostname,
          ...(dated ? { date: dated.date, dateSource: dated.source } : {}),
          ...(running ? { scope: running.config.scope } : {}),
          mentions,
        };
      },
      'reveal-mention': async ({ index }) => {
        const own = await mentionList(true);
        const record = own[index];
        if (record && running) {
          running.cards.reveal(record);
          return { ok: true };
        }
        let local = index - own.length;
        for (const [frameId, mentions] of childFrames) {
          if (local < mentions.length) return sendToBackground({ type: 'reveal-in-frame', frameId, index: local });
          local -= mentions.length;
        }
        return { ok: false };
      },
      'child-frame-mentions': ({ frameId, mentions }) => {
        if (mentions.length > 0) childFrames.set(frameId, mentions);
        else childFrames.delete(frameId);
        return { ok: true };
      },
      'set-page-date': ({ date: corrected }) => {
        readerDate = corrected ? { date: corrected, source: 'reader' } : undefined;
        running?.cards.forgetCards();
        // Figures read "năm nay", "tính đến nay" with the date: read them again.
        if (running?.annotator.mentions().some((record) => record.mention.kind === 'figure'))
          void apply(running.config);
        const now = date();
        return { ok: true, ...(now ? { date: now } : {}) };
      },
      'step-mention': async ({ direction, shortcut }) => {
        if (keys.handledByPage(shortcut)) return { ok: false };
        await ready;
        return { ok: (await running?.cards.step(direction)) ?? false };
      },
    },
    {
      parse: parseTabRequest,
      accept: (request) =>
        isTopFrame
          ? !(request.type === 'reveal-mention' && request.inFrame)
          : request.type === 'reveal-mention' && request.inFrame === true,
    },
  );

  if (!isTopFrame) {
    reportToTopFrame = async () => {
      const mentions = (await mentionList(false)).map(toPageMention);
      await sendToBackground({ type: 'frame-mentions', url: location.href, mentions }).catch(() => undefined);
    };
  }

  ready = sendToBackground({ type: 'page-config', hostname: location.hostname }).then(apply);
  // The reader changed a setting or a site's switch, or a pack came or went: this page's configuration is asked
  // for again and applied if it changed; a new fact base always annotates the page again from scratch.
  const stopFollowing = onStoredChange([STORED.settings, STORED.sites, STORED.baseVersion], (keys) => {
    ready = ready
      .catch(() => undefined)
      .then(async () => {
        const config = await sendToBackground({ type: 'page-config', hostname: location.hostname });
        if (keys.has(STORED.baseVersion) || JSON.stringify(config) !== JSON.stringify(applied)) await apply(config);
      })
      .catch((error: unknown) => console.warn('[Mekong Lens] could not follow the settings', error));
  });
  // Highlights first: an orphaned script's extension APIs may throw, and each step is tried on its own.
  const end = () => {
    for (const step of [stop, stopKeys, stopAnswering, stopFollowing]) {
      try {
        step();
      } catch (error) {
        console.warn('[Mekong Lens] ending the content script', error);
      }
    }
  };
  if (ctx.signal.aborted) end();
  else ctx.onInvalidated(end);
  await ready;
}

/** A figure as `page-mentions` lists it: the annotator's frame and verdict, field by field. */
function pageFigure(figure: NonNullable<Mention['figure']>): PageFigure {
  return {
    value: figure.value,
    ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
    unit: figure.unit,
    metric: figure.metric,
    period: figure.period,
    role: figure.role,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
    facts: figure.facts,
    ...(figure.conflicts ? { conflicts: figure.conflicts } : {}),
  };
}

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (!done) action();
    done = true;
  };
}
