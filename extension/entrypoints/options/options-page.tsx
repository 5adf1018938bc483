/**
 * The options page: what to highlight and where, the interface's colours and language, the reader's notes
 * (export, import) and fact packs (import, remove), and the state of the fact base. Every change goes to the
 * background, which applies it to every open tab at once.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { MENTION_KINDS, type MentionKind } from '../../../shared/factbase/kinds.ts';
import { NOTES_FILE_BYTES, PACK_LIMITS } from '../../background/pack-limits.ts';
import { type Status, sendToBackground } from '../../messaging/protocol.ts';
import {
  HIGHLIGHT_MODES,
  LANGUAGES,
  SCOPES,
  type Settings,
  SITE_MODES,
  type SiteChoiceEntry,
  THEMES,
} from '../../settings/settings.ts';
import { listSites, setSiteChoice, setSiteEnabled, watchSites } from '../../settings/storage.ts';
import { DatabaseNotice } from '../../ui/database-notice.tsx';
import { FileButton, ImportReportView, useFileImport } from '../../ui/file-import.tsx';
import { kindLabel, type MessageKey, t } from '../../ui/i18n.ts';
import { Section, Switch } from '../../ui/pieces.tsx';
import { useSettings } from '../../ui/settings.ts';
import { Shortcuts } from '../../ui/shortcuts.tsx';

const LANGUAGE_NAMES: Record<Settings['language'], string> = { vi: 'Tiếng Việt', en: 'English' };
const THEME_LABELS: Record<Settings['theme'], MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
};
const MODE_LABELS: Record<Settings['mode'], MessageKey> = { all: 'modeAll', first: 'modeFirst' };
const SCOPE_LABELS: Record<Settings['scope'], MessageKey> = { article: 'scopeArticle', page: 'scopePage' };
const SITE_MODE_LABELS: Record<Settings['siteMode'], MessageKey> = {
  'everywhere-except': 'siteModeExcept',
  'only-listed': 'siteModeOnly',
};
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function Options() {
  const [settings, update] = useSettings();
  const [status, setStatus] = useState<Status>();
  const refreshStatus = useCallback(() => void sendToBackground({ type: 'status' }).then(setStatus), []);
  useEffect(refreshStatus, []);

  if (!settings) return null;
  const toggleKind = (kind: MentionKind, on: boolean) =>
    void update({ kinds: MENTION_KINDS.filter((k) => (k === kind ? on : settings.kinds.includes(k))) });

  return (
    <main class="ml-options">
      <header class="ml-app-head">
        <h1 class="ml-brand">Mekong Lens · {t('optionsTitle')}</h1>
      </header>
      <DatabaseNotice status={status} />

      <PageSection title={t('sectionHighlight')}>
        <Switch label={t('enabledLabel')} checked={settings.enabled} onChange={(enabled) => void update({ enabled })} />
        <fieldset class="ml-fieldset">
          <legend>{t('kindsLabel')}</legend>
          <div class="ml-kinds">
            {MENTION_KINDS.map((kind) => (
              <label key={kind} class={`ml-check ml-kind-${kind}`}>
                <input
                  type="checkbox"
                  checked={settings.kinds.includes(kind)}
                  onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
                />
                <span class="ml-dot">&nbsp;{kindLabel(kind)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Choice
          legend={t('modeLabel')}
          name="mode"
          options={HIGHLIGHT_MODES.map((mode) => [mode, t(MODE_LABELS[mode])])}
          value={settings.mode}
          onChange={(mode) => void update({ mode })}
        />
        <Choice
          legend={t('scopeLabel')}
          name="scope"
          options={SCOPES.map((scope) => [scope, t(SCOPE_LABELS[scope])])}
          value={settings.scope}
          onChange={(scope) => void update({ scope })}
        />
        <Switch
          label={t('accentlessLabel')}
          checked={settings.accentless}
          onChange={(accentless) => void update({ accentless })}
        />
        <Switch
          label={t('allFiguresLabel')}
          checked={settings.allFigures}
          onChange={(allFigures) => void update({ allFigures })}
        />
        <Switch
          label={t('underlineLabel')}
          checked={settings.underline}
          onChange={(underline) => void update({ underline })}
        />
        <Shortcuts />
      </PageSection>

      <PageSection title={t('sectionSites')}>
        <Choice
          legend={t('siteModeLabel')}
          name="siteMode"
          options={SITE_MODES.map((mode) => [mode, t(SITE_MODE_LABELS[mode])])}
          value={settings.siteMode}
          onChange={(siteMode) => void update({ siteMode })}
        />
        <Sites siteMode={settings.siteMode} />
      </PageSection>

      <PageSection title={t('sectionAppearance')}>
        <Choice
          legend={t('themeLabel')}
          name="theme"
          options={THEMES.map((theme) => [theme, t(THEME_LABELS[theme])])}
          value={settings.theme}
          onChange={(theme) => void update({ theme })}
        />
        <label class="ml-field">
          <span>{t('languageLabel')}</span>
          <select
            value={settings.language}
            onChange={(event) => void update({ language: event.currentTarget.value as Settings['language'] })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
      </PageSection>

      <PageSection title={t('sectionNotes')}>
        <Notes />
      </PageSection>

      <PageSection title={t('sectionPacks')}>
        <Packs status={status} onChange={refreshStatus} />
      </PageSection>

      <PageSection title={t('sectionAbout')}>
        {status && (
          <dl class="ml-about">
            <dt>{t('aboutVersion')}</dt>
            <dd>
              <code>{status.version}</code> · {t('aboutCounts', status.counts.entities, status.counts.facts)}
            </dd>
            <dt>{t('aboutDatabase')}</dt>
            <dd data-testid="db-state">
              {t(status.database === 'ready' ? 'dbStateReady' : 'dbStateUnavailable')}
              {status.message ? ` (${status.message})` : ''}
            </dd>
          </dl>
        )}
        <p class="ml-muted">{t('privacy')}</p>
      </PageSection>
    </main>
  );
}

/** A part of this page: the shared Section, a level up and laid out for a page. */
function PageSection({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <Section level={2} class="ml-options-section" title={title}>
      {children}
    </Section>
  );
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: Array<[T, string]>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="ml-fieldset">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} class="ml-radio">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Sites({ siteMode }: { siteMode: Settings['siteMode'] }) {
  const [sites, setSites] = useState<SiteChoiceEntry[]>([]);
  const [hostname, setHostname] = useState('');
  const [error, setError] = useState('');
  const load = useCallback(() => void listSites().then(setSites), []);
  useEffect(load, [siteMode]);
  // The popup may switch a site while this page is open.
  useEffect(() => watchSites(load), [load]);

  const add = async (event: Event) => {
    event.preventDefault();
    const host = hostname
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!HOSTNAME.test(host)) return setError(t('siteInvalid'));
    setError('');
    await setSiteEnabled(host, siteMode === 'only-listed');
    setHostname('');
  };

  return (
    <>
      {sites.length === 0 ? (
        <p class="ml-muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="ml-sites">
          {sites.map((site) => (
            <li key={site.hostname}>
              <span class="ml-site-host">{site.hostname}</span>
              <span class={site.enabled ? 'ml-site-on' : 'ml-site-off'}>{t(site.enabled ? 'siteOn' : 'siteOff')}</span>
              <button
                type="button"
                class="ml-icon-button"
                aria-label={t('siteRemove', site.hostname)}
                onClick={() => void setSiteChoice(site.hostname, undefined)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="ml-inline-form" onSubmit={(event) => void add(event)}>
        <label class="ml-visually-hidden" for="ml-site-input">
          {t('siteHostname')}
        </label>
        <input
          id="ml-site-input"
          class="ml-text-input"
          placeholder={t('siteHostname')}
          value={hostname}
          aria-invalid={error !== ''}
          aria-describedby={error ? 'ml-site-error' : undefined}
          onInput={(event) => setHostname(event.currentTarget.value)}
        />
        <button type="submit" class="ml-button">
          {t('siteAdd')}
        </button>
      </form>
      {error && (
        <p id="ml-site-error" class="ml-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function Notes() {
  const [counts, setCounts] = useState<{ notes: number; pins: number }>();
  const load = useCallback(
    () =>
      void sendToBackground({ type: 'export-notes' }).then((file) =>
        setCounts({ notes: file.notes.length, pins: file.pins.length }),
      ),
    [],
  );
  useEffect(load, []);

  const exportNotes = async () => {
    const file = await sendToBackground({ type: 'export-notes' });
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `mekong-lens-ghi-chu-${file.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const { report, choose } = useFileImport({
    send: (data) => sendToBackground({ type: 'import-notes', data }),
    maxBytes: NOTES_FILE_BYTES,
    notes: true,
    onDone: load,
  });

  return (
    <>
      {counts && <p class="ml-muted">{t('notesCount', counts.notes, counts.pins)}</p>}
      <div class="ml-actions">
        <button type="button" class="ml-button" onClick={() => void exportNotes()}>
          {t('exportNotes')}
        </button>
        <FileButton label={t('importNotes')} testId="import-notes" onChoose={(input) => void choose(input)} />
      </div>
      <ImportReportView
        report={report}
        success={({ added }) =>
          t('importNotesDone', added.notes ?? 0, added.updated ?? 0, added.unchanged ?? 0, added.pins ?? 0)
        }
      />
    </>
  );
}

function Packs({ status, onChange }: { status?: Status; onChange: () => void }) {
  const { report, choose } = useFileImport({
    send: (data, file) => sendToBackground({ type: 'import-fact-pack', data, fileName: file.name }),
    maxBytes: PACK_LIMITS.bytes,
    onDone: onChange,
  });
  return (
    <>
      <p class="ml-muted">{t('packsHelp')}</p>
      {status && status.packs.length === 0 && <p class="ml-muted">{t('packsEmpty')}</p>}
      {status && status.packs.length > 0 && (
        <ul class="ml-sites">
          {status.packs.map((pack) => (
            <li key={pack.id}>
              <span class="ml-site-host">{pack.name}</span>
              <span class="ml-muted">{t('packLine', pack.entities, pack.facts)}</span>
              <button
                type="button"
                class="ml-icon-button"
                aria-label={t('packRemove', pack.name)}
                onClick={() => void sendToBackground({ type: 'remove-fact-pack', id: pack.id }).then(onChange)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="ml-actions">
        <FileButton label={t('importPack')} testId="import-pack" onChoose={(input) => void choose(input)} />
      </div>
      <ImportReportView
        report={report}
        success={({ name, added }) =>
          t('importPackDone', name ?? '', added.entities ?? 0, added.facts ?? 0, added.metrics ?? 0)
        }
      />
    </>
  );
}
