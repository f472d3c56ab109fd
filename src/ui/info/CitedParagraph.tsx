import type { CitedText } from '../../data/types';
import { CitationLink } from './CitationLink';
import { Translated } from './Translated';

/** A passage of plan text, shown as text (never as HTML), with its citation and, in English, our translation. */
export function CitedParagraph({ heading, cited, quote = false }: { heading: string; cited: CitedText; quote?: boolean }) {
  return (
    <section>
      <h3>{heading}</h3>
      {quote ? (
        <blockquote>
          <Translated original={cited.text} en={cited.en} block />
        </blockquote>
      ) : (
        <Translated original={cited.text} en={cited.en} block />
      )}
      <CitationLink source={cited.source} />
    </section>
  );
}
