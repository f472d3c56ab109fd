import { memo } from 'preact/compat';
import type { LineMention, MentionTarget } from '../../data/planDoc';
import { lineSegments } from '../../data/planSearch';
import { pick, t, type StringKey } from '../../i18n';
import { PROJECT_KIND_NAMES } from '../../data/projects';

const LINK_HINT: Record<MentionTarget['kind'], StringKey> = {
  area: 'readerLinkArea',
  project: 'readerLinkProject',
  plannedProject: 'readerLinkPlannedProject',
  place: 'readerLinkPlace',
};

/** What a link does; a planned project's also says its kind and, not placed, that it opens the record only. */
function linkHint(target: MentionTarget): string {
  if (target.kind !== 'plannedProject' || !target.projectKind) return t(LINK_HINT[target.kind]);
  const kind = pick(PROJECT_KIND_NAMES[target.projectKind]);
  return target.placed === false ? `${t('readerLinkUnplacedProject')} · ${kind}` : `${t(LINK_HINT[target.kind])} · ${kind}`;
}

interface Props {
  line: number;
  text: string;
  mentions: readonly LineMention[];
  query: string;
  cited: boolean;
  /** The heading's depth (0 篇 … 4 （一）) when the line is one. */
  heading?: number;
  onMention: (target: MentionTarget) => void;
}

/** One numbered line of plan text; mentions of map features are buttons, search hits are marked. */
export const PlanLine = memo(function PlanLine({ line, text, mentions, query, cited, heading, onMention }: Props) {
  const classes = ['plan-line', cited && 'plan-line--cited', heading !== undefined && 'plan-line--heading'].filter(Boolean).join(' ');
  // Headings of the text are headings for screen readers too, below the reader's own h2.
  const role = heading !== undefined ? { role: 'heading' as const, 'aria-level': Math.min(6, heading + 3) } : {};
  return (
    <p id={`plan-line-${line}`} class={classes} data-line={line} tabIndex={-1} {...role}>
      <span class="plan-line__no" aria-hidden="true">{line}</span>
      <span class="plan-line__text">
        {lineSegments(text, mentions, query).map((s, i) => {
          const words = s.hit ? <mark>{s.text}</mark> : s.text;
          if (!s.target) return <span key={i}>{words}</span>;
          const target = s.target;
          return (
            <button key={i} type="button" class={`mention mention--${target.kind}`} title={linkHint(target)} data-place={target.kind === 'plannedProject' && target.placed === false ? 'unplaced' : undefined} onClick={() => onMention(target)}>
              {words}
            </button>
          );
        })}
      </span>
    </p>
  );
});
