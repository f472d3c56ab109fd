import type { CitedText } from '../../data/types';
import { CitationLink } from './CitationLink';

/** A passage of plan text, shown as text (never as HTML), with its citation. */
export function CitedParagraph({ heading, cited, quote = false }: { heading: string; cited: CitedText; quote?: boolean }) {
  return (
    <section>
      <h3>{heading}</h3>
      {quote ? <blockquote lang="zh-CN">{cited.text}</blockquote> : <p lang="zh-CN">{cited.text}</p>}
      <CitationLink source={cited.source} />
    </section>
  );
}
