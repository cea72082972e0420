/**
 * The briefing's story lines: each statement that the briefing's claims report across articles, with
 * its independent origins, first report, what contradicts it and its Admiralty credibility (the
 * analyst's grade where given, else Claimwork's proposal with its reason). Built once in the model and
 * worded once here as parts (plain text, names, citations) that the HTML, Markdown and Word
 * renderers escape and lay out their own way, so the three say the same thing.
 *
 * Stories are grouped over the whole case (every accepted claim, plus the briefing's own picks), as
 * the Stories view groups them, so a denial the analyst left out of the briefing still counts. A
 * report that is not one of the briefing's claims is cited by its article and paragraph; an article
 * cited only that way is added to the citations (and so to the references and the appendix).
 */
import type { CaseData, Credibility, Direction } from '../domain';
import { CREDIBILITY_WORDS, groupStories, type ContradictionKind, type ReasonPart, type Story, type StoryClaim } from '../stories';
import { paragraphAt, paragraphStarts } from '../text';
import { dirOf } from './direction';
import type { BriefingCitation } from './types';
import { UNTITLED_ARTICLE } from '../labels';

/** Where a report is cited: its claim number when it is one of the briefing's claims, its reference and paragraph. */
export interface StoryCite {
  claimN: number | null;
  citation: number;
  paragraph: number | null;
}

export interface BriefingStoryReport extends StoryCite {
  quote: string;
  dir: Direction;
  /** The article's source or publisher, as the origin is named. */
  outlet: string;
  publishedAt: string | null;
}

export interface BriefingStoryAgainst extends BriefingStoryReport {
  kind: ContradictionKind;
  speaker: string | null;
  /** Why it contradicts the story, in words (from the stories engine). */
  reason: string;
}

export interface BriefingStory {
  id: string;
  speaker: string | null;
  /** The first report's quote. */
  quote: string;
  dir: Direction;
  /** Names of the independent origins, first report's first. */
  origins: string[];
  first: BriefingStoryReport;
  reports: BriefingStoryReport[];
  against: BriefingStoryAgainst[];
  credibility: {
    grade: Credibility;
    /** 'analyst' when every claim of the story carries the same grade chosen by the analyst (a 6 only when chosen on each). */
    setBy: 'analyst' | 'proposal';
    proposed: Credibility;
    /** Claimwork's reason for its proposal. */
    reason: string;
    /** The same as parts, each name apart (isolated in its own direction by every renderer). */
    reasonParts: ReasonPart[];
  };
}

/** One piece of a story line: plain text, a date (never broken across lines), a name or quoted reason (isolated in its own direction), or a citation. */
export type StoryPart = { text: string } | { date: string } | { name: string } | { cite: StoryCite };

const DEFAULT_GRADE: Credibility = 6;

type StoryCase = Pick<CaseData, 'articles' | 'actors' | 'sources' | 'annotations'>;

/**
 * The stories of the whole case with the briefing's claims (`claimIds`) among them: every accepted
 * claim, and the briefing's pending picks counted as accepted. The slow part (grouping runs over
 * the whole case); briefingStories takes it made once.
 */
export function caseStories(data: StoryCase, claimIds: ReadonlySet<string>): Story[] {
  if (claimIds.size === 0) return [];
  const annotations = data.annotations.map((a) => (a.review === 'pending' && claimIds.has(a.id) ? { ...a, review: 'accepted' as const } : a));
  return groupStories({ articles: data.articles, actors: data.actors, sources: data.sources, annotations }).stories;
}

/**
 * The stories the briefing's claims belong to that reach beyond one article (carried by two or more
 * articles, or contradicted), in the order of their first claim in the briefing. Appends to
 * `citations` the articles that only story reports cite, and the cited paragraphs to existing ones.
 * Pure apart from that; stories of one unrepeated, uncontradicted claim are left out. `grouped`:
 * caseStories of the same case and claims, when already made.
 */
export function briefingStories(data: StoryCase, claimNumbers: ReadonlyMap<string, number>, citations: BriefingCitation[], grouped?: readonly Story[]): BriefingStory[] {
  if (claimNumbers.size === 0) return [];
  const stories = grouped ?? caseStories(data, new Set(claimNumbers.keys()));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const grades = new Map(data.annotations.map((a) => [a.id, { grade: a.claim?.credibility ?? DEFAULT_GRADE, chosen: a.claim?.credibilityChosen === true }]));

  const citationOf = (articleId: string, paragraph: number | null): number => {
    let c = citations.find((x) => x.articleId === articleId);
    if (!c) {
      const a = articles.get(articleId);
      c = { n: citations.length + 1, articleId, title: a?.title ?? '', publisher: a?.publisher ?? null, publishedAt: a?.publishedAt ?? null, url: a?.url ?? null, paragraphs: [], orphaned: false };
      citations.push(c);
    }
    if (paragraph !== null && !c.paragraphs.includes(paragraph)) c.paragraphs = [...c.paragraphs, paragraph].sort((x, y) => x - y);
    return c.n;
  };
  const report = (c: StoryClaim): BriefingStoryReport => {
    const a = articles.get(c.articleId);
    const starts = a ? (a.paragraphStarts.length > 0 ? a.paragraphStarts : paragraphStarts(a.text)) : [];
    const paragraph = a && c.end <= a.text.length ? paragraphAt(starts, c.start) + 1 : null;
    const source = a?.sourceId ? sources.get(a.sourceId) : undefined;
    return {
      claimN: claimNumbers.get(c.annotationId) ?? null,
      citation: citationOf(c.articleId, paragraph),
      paragraph,
      quote: c.quote,
      dir: dirOf(c.quote, a?.dir === 'rtl' ? 'rtl' : 'ltr'),
      outlet: source?.name ?? a?.publisher ?? (a?.title || UNTITLED_ARTICLE),
      publishedAt: a?.publishedAt ?? null,
    };
  };

  const wanted = stories
    .map((s) => ({ s, order: Math.min(...s.claims.map((c) => claimNumbers.get(c.annotationId) ?? Number.POSITIVE_INFINITY)) }))
    .filter(({ s, order }) => order !== Number.POSITIVE_INFINITY && (new Set(s.claims.map((c) => c.articleId)).size > 1 || s.contradictions.length > 0))
    .sort((x, y) => x.order - y.order);

  return wanted.map(({ s }) => {
    const reports = s.claims.map(report);
    const first = reports[s.claims.findIndex((c) => c.annotationId === s.first.annotationId)] ?? (reports[0] as BriefingStoryReport);
    return {
      id: s.id,
      speaker: s.speaker?.name ?? null,
      quote: first.quote,
      dir: first.dir,
      origins: originNames(s, first.outlet),
      first,
      reports,
      against: s.contradictions.map((c) => ({ ...report(c), kind: c.kind, speaker: c.speakerId ? (actorName.get(c.speakerId) ?? null) : null, reason: c.reason })),
      credibility: credibilityOf(s, grades),
    };
  });
}

function originNames(s: Story, firstOutlet: string): string[] {
  const names = s.origins.map((o) => o.label);
  const i = names.indexOf(firstOutlet);
  return i > 0 ? [firstOutlet, ...names.slice(0, i), ...names.slice(i + 1)] : names;
}

/**
 * The analyst's grade when every claim of the story carries the same one, chosen by the analyst (any
 * grade but the default 6, or a 6 the analyst set on every claim); else the proposal.
 */
function credibilityOf(s: Story, grades: ReadonlyMap<string, { grade: Credibility; chosen: boolean }>): BriefingStory['credibility'] {
  const of = s.claims.map((c) => grades.get(c.annotationId) ?? { grade: DEFAULT_GRADE, chosen: false });
  const set = new Set(of.map((g) => g.grade));
  const only = set.size === 1 ? [...set][0] : undefined;
  const analyst = only !== undefined && (only !== DEFAULT_GRADE || of.every((g) => g.chosen));
  return { grade: analyst ? only : s.credibility.grade, setBy: analyst ? 'analyst' : 'proposal', proposed: s.credibility.grade, reason: s.credibility.reason, reasonParts: s.credibility.reasonParts };
}

const AGAINST_WORDS: Record<ContradictionKind, string> = { denial: 'denied by', rebuttal: 'rebutted by', figure: 'a different figure from' };

function dated(r: BriefingStoryReport): StoryPart[] {
  return r.publishedAt ? [{ text: ' on ' }, { date: r.publishedAt }] : [];
}

/**
 * The story's reporting line: "Reported by 3 independent sources (A, B, C); first by A on date
 * [cite]; denied by X (outlet) on date [cite]."
 */
export function storyReportedLine(s: BriefingStory): StoryPart[] {
  const n = s.origins.length;
  const parts: StoryPart[] = [{ text: `Reported by ${n} independent ${n === 1 ? 'source' : 'sources'} (` }];
  s.origins.forEach((o, i) => parts.push(...(i > 0 ? [{ text: ', ' }] : []), { name: o }));
  parts.push({ text: '); first by ' }, { name: s.first.outlet }, ...dated(s.first), { text: ' ' }, { cite: s.first });
  for (const c of s.against) {
    parts.push({ text: `; ${AGAINST_WORDS[c.kind]} ` }, { name: c.speaker ?? 'an unnamed speaker' });
    if (c.outlet !== c.speaker) parts.push({ text: ' (' }, { name: c.outlet }, { text: ')' });
    parts.push(...dated(c), { text: ' ' }, { cite: c });
  }
  parts.push({ text: '.' });
  return parts;
}

/**
 * The credibility line: the grade that counts and who set it; a proposal from corroboration (grades
 * 1 and 2 rest on independent origins) says so, and the proposal's reason follows.
 */
export function storyCredibilityLine(s: BriefingStory): StoryPart[] {
  const c = s.credibility;
  const grade = `Credibility ${c.grade} (${CREDIBILITY_WORDS[c.grade]})`;
  const from = c.proposed <= 2 ? 'from corroboration' : 'from the reports';
  let head: string;
  if (c.setBy === 'proposal') head = `${grade}, proposed by Claimwork ${from}; the analyst has not set a grade. `;
  else if (c.grade === c.proposed) head = `${grade}, set by the analyst as Claimwork proposed ${from}. `;
  else head = `${grade}, set by the analyst; Claimwork proposed ${c.proposed} (${CREDIBILITY_WORDS[c.proposed]}). `;
  return [{ text: head }, ...c.reasonParts];
}

/** Every report of the story with its outlet and citation: "Reports: A, date: claim 1 [1]; B: [3] ¶ 2." */
export function storyReportsLine(s: BriefingStory): StoryPart[] {
  const parts: StoryPart[] = [{ text: 'Reports: ' }];
  s.reports.forEach((r, i) => {
    if (i > 0) parts.push({ text: '; ' });
    parts.push({ name: r.outlet }, ...(r.publishedAt ? [{ text: ', ' }, { date: r.publishedAt }] : []), { text: ': ' }, { cite: r });
  });
  parts.push({ text: '.' });
  return parts;
}

/** A citation as plain text, for renderers without links: "claim 3 [1]" or "[4] ¶ 2". */
export function citeText(c: StoryCite): string {
  if (c.claimN !== null) return `claim ${c.claimN} [${c.citation}]`;
  return `[${c.citation}]${c.paragraph === null ? '' : ` ¶ ${c.paragraph}`}`;
}
