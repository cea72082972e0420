/**
 * Every command of the command line, as data: what `--help` shows and which options the one parser
 * accepts. The code of a command is loaded only when it runs (see main.ts).
 */
import type { CommandSpec } from './args';

export const analyzeSpec: CommandSpec = {
  name: 'analyze',
  operands: 'FILE...',
  summary: 'analyze FILE... [--format json|md]   suggested claims, speakers, actors and sources (JSON Lines)',
  description: [
    'Prints what Suggest would propose for each article file (.txt, .md, .html, .pdf, .docx), with',
    'UTF-16 offsets into the text as the app imports it. A file that cannot be read is reported on',
    'stderr and makes the exit status 1; the other files are still printed.',
  ].join('\n'),
  options: {
    format: { type: 'string', value: 'json|md', help: 'JSON Lines (default) or a readable Markdown summary' },
    lang: { type: 'string', value: 'ar|en|fr|und', help: "the articles' language, instead of detecting it" },
    case: { type: 'string', value: 'CASE.json', help: "a case whose actors, sources and rejections the engine should know (read only)" },
  },
};

export const extractSpec: CommandSpec = {
  name: 'extract',
  operands: 'FILE',
  summary: 'extract FILE [--encoding LABEL]   article text and metadata from html, pdf, docx, txt, md',
  description: 'Prints the title, byline, publisher, date, language, direction, encoding and text the importer reads from one file, as one JSON object.',
  options: {
    format: { type: 'string', value: 'json', help: 'the output format (only json)' },
    encoding: { type: 'string', value: 'LABEL', help: 'read a text file in this encoding (e.g. windows-1256) instead of detecting it' },
  },
};

export const briefSpec: CommandSpec = {
  name: 'brief',
  operands: 'FILE...',
  summary: 'brief FILE... --out PATH.md|.html|.pdf|.docx   build a briefing from a case and/or articles',
  description: [
    'Builds the briefing of a case file (*.claimwork.json, opened as the app opens it and never',
    'written) and/or of article files (.txt, .md, .html, .pdf, .docx, imported as the app imports',
    'them), and writes it once per --out; the format comes from the extension.',
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o', multiple: true, value: 'PATH', help: 'where to write (.md, .html, .pdf or .docx); repeat for several files' },
    'accept-suggestions': { type: 'boolean', help: "accept every suggested claim, actor and source, as the Review panel's Accept all does" },
    title: { type: 'string', value: 'T', help: "the briefing's title (default: the case's, or \"Briefing\")" },
    'page-size': { type: 'string', value: 'A4|Letter', help: 'paper size of a PDF (default: the case briefing\'s, else A4)' },
  },
};

export const doctorSpec: CommandSpec = {
  name: 'doctor',
  operands: '',
  summary: 'doctor   which Chromium prints PDFs here (and runs the browser-host tests), and whether it works',
  description: 'Says which Chromium prints briefings here, prints a test page with it, and says whether its sandbox is on. Exit status 1 when none can print.',
  options: {},
};

export const storiesSpec: CommandSpec = {
  name: 'stories',
  operands: 'FILE...|CASE.claimwork.json',
  summary: 'stories FILE...|CASE.claimwork.json [--format json|md]   one statement across articles: origins, contradictions, credibility',
  description: [
    'Groups the claims of a case (opened as the app opens it, never written) or of article files',
    '(imported as the app imports them) into stories: the same speaker saying the same thing. For',
    'each story: its independent origins (near-identical texts count once), the first report, the',
    'statements that contradict it, and a proposed credibility with its reason. JSON is one object,',
    'schema "claimwork.stories/1", with UTF-16 offsets into each text as `analyze` prints it.',
  ].join('\n'),
  options: {
    'accept-suggestions': { type: 'boolean', help: 'accept every suggested claim, actor and source first (articles have no claims otherwise)' },
    format: { type: 'string', value: 'json|md', help: 'one JSON document (default) or a readable Markdown summary' },
  },
};
