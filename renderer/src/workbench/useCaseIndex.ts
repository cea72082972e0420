import { useCallback, useMemo } from 'react';
import { admiraltyGrade, type Annotation } from '../../../shared/domain';
import type { ShownArticle, ShownCase } from '../../../shared/ipc-contract';
import type { Mark } from '../reading/ReadingView';
import { pendingCount } from '../review/queue';

const NO_ORPHANS: ReadonlySet<string> = new Set();

/** What the workbench derives from the open case for the chosen article and annotation. */
export interface CaseIndex {
  /**
   * The article shown: the chosen one, else the first, else null in an empty case. Its text is null
   * while a case opened in parts has not sent it yet (the reading view says it is loading).
   */
  selected: ShownArticle | null;
  /** The annotation in the Annotation tab, wherever it is in the case. */
  selectedAnnotation: Annotation | null;
  /** Annotations whose text could not be found again in their article. */
  orphanIds: ReadonlySet<string>;
  orphans: Annotation[];
  /** The highlights of the article shown (not rejected, not orphaned). */
  marks: Mark[];
  /** The hover card's line for the shown article's annotation `id`: kind and linked names. */
  describeMark: (id: string) => string;
  /** Pending suggestions in the article shown (the Review tab's count). */
  pendingHere: number;
}

/**
 * Indexes built once per change of the case, not per article click (the annotations of each article,
 * the names marks show), and what the chosen article and annotation need from them.
 */
export function useCaseIndex(view: ShownCase | null, articleId: string | null, annotationId: string | null): CaseIndex {
  const data = view?.data;
  const articles = data?.articles ?? [];
  const selected = articles.find((a) => a.id === articleId) ?? articles[0] ?? null;

  // The back end lists the orphans when it opens the case; deltas do not repeat the list. One that is
  // now where its quote is (re-attached) or gone (deleted) is no longer lost; Undo makes it lost again.
  const orphanIds = useMemo((): ReadonlySet<string> => {
    const listed = view?.orphanIds ?? [];
    if (!listed.length || !data) return NO_ORPHANS;
    const byId = new Map(data.annotations.map((a) => [a.id, a]));
    const text = new Map(data.articles.map((a) => [a.id, a.text]));
    return new Set(
      listed.filter((id) => {
        const a = byId.get(id);
        return a !== undefined && text.get(a.articleId)?.slice(a.target.position.start, a.target.position.end) !== a.target.quote.exact;
      }),
    );
  }, [view?.orphanIds, data]);

  const byArticle = useMemo(() => {
    const map = new Map<string, Annotation[]>();
    for (const a of data?.annotations ?? []) {
      const list = map.get(a.articleId);
      if (list) list.push(a);
      else map.set(a.articleId, [a]);
    }
    return map;
  }, [data?.annotations]);
  const names = useMemo(
    () => ({ actorName: new Map((data?.actors ?? []).map((a) => [a.id, a.name])), sourceById: new Map((data?.sources ?? []).map((s) => [s.id, s])) }),
    [data?.actors, data?.sources],
  );

  // Labels are made on hover (describeMark), not here: 2,000 label strings took a few ms of each opening.
  const marks = useMemo<Mark[]>(() => {
    if (!data || !selected) return [];
    return (byArticle.get(selected.id) ?? [])
      .filter((a) => a.review !== 'rejected' && !orphanIds.has(a.id))
      .map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end, style: a.review === 'pending' ? (`suggested-${a.kind}` as const) : a.kind }));
  }, [data, selected, orphanIds, byArticle]);
  const describeMark = useCallback(
    (id: string): string => {
      const a = selected ? byArticle.get(selected.id)?.find((x) => x.id === id) : undefined;
      if (!a) return '';
      const { actorName, sourceById } = names;
      if (a.kind === 'claim' && a.claim) {
        const src = a.claim.sourceId ? sourceById.get(a.claim.sourceId) : undefined;
        return `Claim · ${a.claim.speakerId ? actorName.get(a.claim.speakerId) : 'no speaker'} · ${admiraltyGrade(src?.reliability ?? null, a.claim.credibility)}`;
      }
      if (a.kind === 'actor') return `Actor · ${a.actorId ? actorName.get(a.actorId) : 'not linked'}`;
      if (a.kind === 'source') return `Source · ${a.sourceId ? sourceById.get(a.sourceId)?.name : 'not linked'}`;
      if (a.kind === 'claim') return 'claim';
      return `Note${a.note ? ` · ${a.note.slice(0, 60)}` : ''}`;
    },
    [selected, byArticle, names],
  );

  // Over the open article's annotations only: a pass over all 20,000 of a big case on every article
  // click cost a few ms of the opening each.
  const pendingHere = useMemo(() => (selected ? pendingCount(byArticle.get(selected.id) ?? [], selected.id) : 0), [byArticle, selected]);

  // Usually in the open article; otherwise (an orphan opened from another article) the whole case.
  const selectedAnnotation = useMemo(() => {
    if (!data || !annotationId) return null;
    const here = selected ? byArticle.get(selected.id)?.find((a) => a.id === annotationId) : undefined;
    return here ?? data.annotations.find((a) => a.id === annotationId) ?? null;
  }, [data, annotationId, selected, byArticle]);
  const orphans = useMemo(() => (orphanIds.size ? (data?.annotations ?? []).filter((a) => orphanIds.has(a.id)) : []), [data?.annotations, orphanIds]);

  return { selected, selectedAnnotation, orphanIds, orphans, marks, describeMark, pendingHere };
}
