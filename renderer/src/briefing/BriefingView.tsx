import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JSX } from 'react';
import { briefingHead } from '../../../shared/briefing/model';
import type { BriefingDraft } from '../../../shared/domain';
import type { BriefingExportResult, CaseView, HostEvents, HostInfo } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { api, exportDownloadUrl } from '../api';
import { BriefingPreview, type OpenClaim } from './BriefingPreview';
import { useBriefingBody } from './useBriefingBody';
import { beginInteraction, endInteractionAfterPaint } from '../perf';
import './briefing.css';

type Run = <T>(pending: Promise<Result<T>>) => Promise<T | null>;
type TextField = 'title' | 'marking' | 'author' | 'date' | 'bluf' | 'keyJudgments';
type Format = 'md' | 'pdf' | 'docx';
const FORMAT_NAMES: Record<Format, string> = { pdf: 'PDF', md: 'Markdown', docx: 'Word' };

/** How long typing may pause before the draft is saved (it is also saved on blur). */
const SAVE_AFTER_MS = 500;

export interface BriefingViewProps {
  data: CaseView['data'];
  host: HostInfo | null;
  /** Claims ticked in the claims table. */
  pickedClaimIds: string[];
  run: Run;
  notify: (kind: 'error' | 'info', text: string) => void;
  /** The saved draft, to keep the renderer's copy of the case in step. */
  onSaved: (draft: BriefingDraft) => void;
  /** Opens a claim's highlight in the reading view. */
  onOpen: OpenClaim;
}

/**
 * The Briefing view: the draft's fields on the left, the live preview on the right, export at the top.
 * The preview is rebuilt from the local draft on every keystroke; the draft is saved after a pause or
 * on blur. Exports run in the back end while the window stays usable, with a progress bar.
 */
export function BriefingView(props: BriefingViewProps): JSX.Element {
  const { data, host, pickedClaimIds, run, notify, onSaved, onOpen } = props;
  const caseId = data.id;
  const [draft, setDraft] = useState<BriefingDraft>(data.briefing);
  const pending = useRef<Partial<BriefingDraft>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    void run(api.updateBriefing({ patch, caseId })).then((saved) => saved && onSaved(saved));
  }, [caseId, onSaved, run]);

  // Save what is still pending when the view closes.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => flushRef.current(), []);

  const change = useCallback(
    (patch: Partial<BriefingDraft>, immediately: boolean) => {
      setDraft((d) => ({ ...d, ...patch }));
      pending.current = { ...pending.current, ...patch };
      if (immediately) flush();
      else {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(flush, SAVE_AFTER_MS);
      }
    },
    [flush],
  );

  // The body (every claim located and cited, the stories grouped over the whole case, the network:
  // seconds at 20,000 claims) depends on the collections and the choice of claims, never on the
  // draft's texts, so a keystroke rebuilds only the heading; the body follows an edit of the case
  // off the typing path, and the stories are grouped after the claims are on screen (useBriefingBody).
  const { annotations, actors, sources, articles, title, updatedAt } = data;
  const { selection, pickedClaimIds: picked, groupBy } = draft;
  const inputs = useMemo(
    () => ({ annotations, actors, sources, articles, briefing: { selection, pickedClaimIds: picked, groupBy } }),
    [annotations, actors, sources, articles, selection, picked, groupBy],
  );
  const { body, grouping, groupedIn, notice } = useBriefingBody(inputs);
  const head = useMemo(() => briefingHead({ title, updatedAt, briefing: draft }), [title, updatedAt, draft]);
  const [goTo, setGoTo] = useState<{ n: number; seq: number } | null>(null);
  const [goToText, setGoToText] = useState('');
  // The bench times a keystroke in the draft to the frame painted with the preview updated.
  useEffect(() => endInteractionAfterPaint('cw:briefing-type'), [head, body]);
  const acceptedCount = useMemo(() => data.annotations.filter((a) => a.kind === 'claim' && a.review === 'accepted').length, [data.annotations]);
  const pickedNow = useMemo(() => {
    const claims = new Set(data.annotations.filter((a) => a.kind === 'claim' && a.review !== 'rejected').map((a) => a.id));
    return pickedClaimIds.filter((id) => claims.has(id));
  }, [data.annotations, pickedClaimIds]);
  const sameAsTable = pickedNow.length === draft.pickedClaimIds.length && pickedNow.every((id) => draft.pickedClaimIds.includes(id));

  const field = (name: TextField, label: string, opts: { multiline?: boolean; placeholder?: string } = {}) => {
    const common = {
      id: `briefing-${name}`,
      name,
      dir: 'auto' as const,
      value: draft[name],
      placeholder: opts.placeholder,
      onChange: (e: { target: { value: string }; timeStamp: number }) => {
        beginInteraction('cw:briefing-type', e.timeStamp);
        change({ [name]: e.target.value }, false);
      },
      onBlur: flush,
    };
    return (
      <label className={opts.multiline ? 'briefing-field wide' : 'briefing-field'}>
        <span>{label}</span>
        {opts.multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      </label>
    );
  };

  return (
    // Where the stories shown were grouped (the worker, or this window after it failed): read by the end-to-end tests.
    <div className="briefing-view" data-stories-grouped-in={groupedIn ?? undefined}>
      <form className="briefing-form" aria-label="Briefing" onSubmit={(e) => e.preventDefault()}>
        <ExportBar host={host} run={run} notify={notify} beforeExport={flush} />
        <fieldset>
          <legend>Briefing</legend>
          {field('title', 'Title')}
          {field('marking', 'Handling marking', { placeholder: 'e.g. OFFICIAL-SENSITIVE (top and bottom of every page)' })}
          {field('author', 'Author')}
          {field('date', 'Date', { placeholder: 'e.g. 2026-11-29 (empty: today)' })}
          {field('bluf', 'Bottom line up front', { multiline: true })}
          {field('keyJudgments', 'Key judgments (one paragraph per line)', { multiline: true })}
        </fieldset>
        <fieldset>
          <legend>Claims in the briefing</legend>
          <label className="radio">
            <input type="radio" name="selection" checked={draft.selection === 'accepted'} onChange={() => change({ selection: 'accepted' }, true)} />
            All accepted claims ({acceptedCount})
          </label>
          <label className="radio">
            <input type="radio" name="selection" checked={draft.selection === 'picked'} onChange={() => change({ selection: 'picked' }, true)} />
            Claims picked in the claims table ({draft.pickedClaimIds.length})
          </label>
          <div className="pick-row">
            <button
              type="button"
              disabled={pickedNow.length === 0 || (draft.selection === 'picked' && sameAsTable)}
              onClick={() => change({ selection: 'picked', pickedClaimIds: pickedNow }, true)}
            >
              Use picked claims ({pickedNow.length})
            </button>
            {pickedNow.length === 0 && <span className="muted small">Tick claims in the claims table to pick them.</span>}
            {draft.selection === 'picked' && pickedNow.length > 0 && !sameAsTable && (
              <span className="muted small">The table’s ticks changed since they were used.</span>
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>Preview</legend>
          <div className="pick-row">
            <label className="briefing-field">
              <span>Go to claim</span>
              <input
                type="number"
                name="goToClaim"
                min={1}
                max={body?.claimCount ?? undefined}
                value={goToText}
                onChange={(e) => setGoToText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') setGoTo((g) => ({ n: Number(goToText), seq: (g?.seq ?? 0) + 1 }));
                }}
              />
            </label>
            <button type="button" disabled={!body || !(Number(goToText) >= 1 && Number(goToText) <= body.claimCount)} onClick={() => setGoTo((g) => ({ n: Number(goToText), seq: (g?.seq ?? 0) + 1 }))}>
              Show
            </button>
          </div>
          {grouping && (
            <span className="muted small" role="status">
              Grouping the stories across articles…
            </span>
          )}
          {notice && (
            <span className="muted small grouping-notice" role="status">
              {notice}
            </span>
          )}
        </fieldset>
        <fieldset>
          <legend>Layout</legend>
          <div className="segmented" role="radiogroup" aria-label="Group claims by">
            <span>Group by</span>
            {(['actor', 'source', 'article'] as const).map((g) => (
              <label key={g} className="radio">
                <input type="radio" name="groupBy" checked={draft.groupBy === g} onChange={() => change({ groupBy: g }, true)} />
                {g === 'actor' ? 'Actor' : g === 'source' ? 'Source' : 'Article'}
              </label>
            ))}
          </div>
          <label className="briefing-field">
            <span>Page size</span>
            <select value={draft.pageSize} onChange={(e) => change({ pageSize: e.target.value === 'Letter' ? 'Letter' : 'A4' }, true)}>
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
        </fieldset>
      </form>
      <BriefingPreview head={head} body={body} grouping={grouping} onOpen={onOpen} goTo={goTo} />
    </div>
  );
}

/** Export buttons, the browser host's path form, the progress bar and the last result. */
function ExportBar(props: { host: HostInfo | null; run: Run; notify: BriefingViewProps['notify']; beforeExport: () => void }): JSX.Element {
  const { host, run, notify, beforeExport } = props;
  const [progress, setProgress] = useState<HostEvents['exportProgress'] | null>(null);
  const [running, setRunning] = useState(false);
  const [asking, setAsking] = useState<{ format: Format; path: string } | null>(null);
  const [last, setLast] = useState<BriefingExportResult | null>(null);

  useEffect(() => api.on('exportProgress', setProgress), []);

  const exportTo = async (format: Format, path?: string) => {
    beforeExport();
    setRunning(true);
    setProgress({ stage: 'Starting', percent: 0 });
    setLast(null);
    const result = await run(api.exportBriefing(path === undefined ? { format } : { format, path }));
    setRunning(false);
    setProgress(null);
    if (!result) return;
    setAsking(null);
    setLast(result);
    const beside = result.besidePaths.length > 0 ? `, with its network picture ${result.besidePaths.join(', ')} beside it` : '';
    notify('info', `Briefing saved to ${result.path}${beside} (${result.claimCount} claim${result.claimCount === 1 ? '' : 's'}).`);
  };

  const start = async (format: Format) => {
    if (host?.nativeDialogs) return exportTo(format);
    // No native dialog in a browser: ask for the path, starting from the remembered folder.
    const suggested = await run(api.briefingExportPath({ format }));
    if (suggested !== null) setAsking({ format, path: suggested });
  };

  const downloadUrl = last ? exportDownloadUrl(last.downloadId) : null;
  return (
    <div className="export-bar" aria-label="Export">
      <div className="export-buttons">
        <button type="button" className="primary" disabled={running} onClick={() => void start('pdf')}>
          Export PDF…
        </button>
        <button type="button" disabled={running} onClick={() => void start('md')}>
          Export Markdown…
        </button>
        <button type="button" disabled={running} onClick={() => void start('docx')}>
          Export Word…
        </button>
      </div>
      {asking && (
        <div className="export-path" role="group" aria-label="Export to">
          <label className="briefing-field">
            <span>Save the {FORMAT_NAMES[asking.format]} file as</span>
            <input
              type="text"
              name="exportPath"
              dir="ltr"
              value={asking.path}
              onChange={(e) => setAsking({ ...asking, path: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && asking.path.trim() && !running) void exportTo(asking.format, asking.path.trim());
              }}
            />
          </label>
          <div className="row">
            <button type="button" className="primary" disabled={running || !asking.path.trim()} onClick={() => void exportTo(asking.format, asking.path.trim())}>
              Save
            </button>
            <button type="button" disabled={running} onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {running && progress && (
        <div className="export-progress" role="status" aria-live="polite">
          <progress max={100} value={progress.percent} aria-label="Export progress" />
          <span className="small">
            {progress.stage} · {progress.percent}%
          </span>
        </div>
      )}
      {last && (
        <p className="export-done small" role="status">
          Saved <bdi dir="ltr">{last.path}</bdi>
          {last.besidePaths.map((p) => (
            <span key={p}>
              {' '}
              and its network picture <bdi dir="ltr">{p}</bdi>
            </span>
          ))}
          {downloadUrl && (
            <>
              {' '}
              · <a href={downloadUrl} download={last.downloadName}>
                Download
              </a>
              {last.downloadName.endsWith('.zip') && !last.path.endsWith('.zip') && <span className="muted"> (a .zip with the network picture beside the file)</span>}
            </>
          )}
        </p>
      )}
    </div>
  );
}
