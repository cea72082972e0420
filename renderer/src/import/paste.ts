import type { ImportOutcome } from '../../../shared/ipc-contract';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { PastedArticle } from './PasteDialog';

/**
 * Adds a pasted article: clipboard HTML goes to the back end's extractor (importHtml), plain text to
 * addTextArticle. Fields the analyst filled in win over what the page says. Returns true when the
 * dialog may close (imported or duplicate).
 */
export async function submitPaste(
  form: PastedArticle,
  run: <T>(pending: Promise<Result<T>>) => Promise<T | null>,
  report: (outcomes: { label: string; outcome: ImportOutcome }[]) => void,
): Promise<boolean> {
  const meta = { url: form.url || null, publisher: form.publisher || null, publishedAt: form.publishedAt || null };
  const outcome = await run(
    form.html ? api.importHtml({ html: form.html, title: form.title || null, ...meta }) : api.addTextArticle({ title: form.title, text: form.text, ...meta }),
  );
  if (!outcome) return false;
  report([{ label: form.title || (form.html ? 'Pasted web page' : 'Pasted text'), outcome }]);
  return outcome.status !== 'refused';
}
