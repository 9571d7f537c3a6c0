/**
 * One embed code: a labelled read-only text box and a copy button. The clipboard is refused in
 * insecure pages and many frames; then the code is selected so that Ctrl+C / ⌘C copies it.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** Props of SnippetField. */
export interface SnippetFieldProps {
  /** Id of the text box (its description gets `${id}-help`). */
  id: string;
  label: string;
  /** The copy button's name after "Copy", for screen readers ("the plain iframe code"). */
  copyWhat: string;
  /** What the code is for and what to change in it. */
  help: ReactNode;
  value: string;
  /** Controls that change the code, shown between the help and the code. */
  children?: ReactNode;
}

/** A copyable embed code. */
export function SnippetField({ id, label, copyWhat, help, value, children }: SnippetFieldProps) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  // Keyed by the text copied, so the message disappears by itself when the code changes.
  const [done, setDone] = useState<{ value: string; how: 'copied' | 'manual' } | null>(null);
  const status = done?.value === value ? done.how : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setDone({ value, how: 'copied' });
    } catch {
      area.current?.focus();
      area.current?.select();
      setDone({ value, how: 'manual' });
    }
  };

  return (
    <div className="mt-5">
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <div id={`${id}-help`} className="mt-1 text-sm text-muted">{help}</div>
      {children}
      <textarea
        ref={area}
        id={id}
        readOnly
        value={value}
        rows={4}
        spellCheck={false}
        aria-describedby={`${id}-help`}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-2 block w-full resize-y rounded-md border border-line bg-bg p-2 font-mono text-xs leading-relaxed text-fg"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} className="min-h-11 rounded-md bg-mark px-4 text-sm font-semibold text-bg hover:opacity-90">
          {t('snippet.copy')}<span className="sr-only"> {copyWhat}</span>
        </button>
        <span role="status" className="text-sm text-muted">
          {status === 'copied' ? t('snippet.copied') : status === 'manual' ? t('snippet.manual') : ''}
        </span>
      </div>
    </div>
  );
}
