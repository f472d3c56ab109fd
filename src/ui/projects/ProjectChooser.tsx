import { useLayoutEffect, useRef } from 'preact/hooks';
import { PROJECT_KIND_NAMES } from '../../data/projects';
import { placeOf } from '../../analysis/projectLists';
import { localName, pick, t } from '../../i18n';
import { selectProject } from '../../state/goTo';
import { projectById, projectChoice } from '../../state/projects';
import { ProjectSwatch } from './ProjectSwatch';

/** Space kept between the chooser and the tap, and between the chooser and the map's edges (px). */
const FROM_TAP = 14;
const MARGIN = 8;

/**
 * Where the chooser stands: under the tap (over it when there is no room below), clear of the map's edges and of
 * a phone's bottom sheet over the map.
 */
function place(box: HTMLElement, at: { x: number; y: number }): void {
  const main = box.offsetParent as HTMLElement | null;
  if (!main) return;
  const area = main.getBoundingClientRect();
  const sheet = document.getElementById('sidebar')?.getBoundingClientRect();
  const covered = sheet && sheet.top > area.top && sheet.left < area.right && sheet.right > area.left;
  const bottom = covered ? Math.min(area.height, sheet.top - area.top) : area.height;
  const { offsetWidth: w, offsetHeight: h } = box;
  const left = Math.max(MARGIN, Math.min(at.x - w / 2, area.width - w - MARGIN));
  const below = at.y + FROM_TAP;
  const top = below + h <= bottom - MARGIN ? below : Math.max(MARGIN, Math.min(at.y - FROM_TAP - h, bottom - h - MARGIN));
  box.style.left = `${Math.round(left)}px`;
  box.style.top = `${Math.round(top)}px`;
}

/**
 * The projects one tap touched where several overlap (one spot, one road), over the map at the tap: each a button
 * with its mark, name and kind that opens its record. The first has focus; ↑/↓ move, Esc closes (back to the map).
 * It goes away when one is chosen, the map moves or the map is tapped elsewhere.
 */
export function ProjectChooser() {
  const choice = projectChoice.value;
  const byId = projectById.value;
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !choice) return;
    place(el, choice.at);
    el.querySelector<HTMLButtonElement>('button[data-project]')?.focus({ preventScroll: true });
  }, [choice]);
  if (!choice) return null;
  const projects = choice.ids.flatMap((id) => byId.get(id) ?? []);
  const close = (toMap: boolean) => {
    projectChoice.value = null;
    if (toMap) document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus({ preventScroll: true });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const options = [...(box.current?.querySelectorAll<HTMLButtonElement>('button[data-project]') ?? [])];
    const at = options.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => options[(i + options.length) % options.length]?.focus();
    if (e.key === 'Escape') close(true);
    else if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(-1);
    else return;
    e.preventDefault();
  };
  return (
    <section ref={box} class="project-chooser" role="dialog" aria-labelledby="project-chooser-title" data-testid="project-chooser" onKeyDown={onKeyDown}>
      <header class="project-chooser__head">
        <h2 id="project-chooser-title">{t('prjChooserTitle').replace('{n}', String(projects.length))}</h2>
        <button type="button" class="button button--small" onClick={() => close(true)} aria-label={t('prjChooserClose')} data-testid="project-chooser-close">
          ×
        </button>
      </header>
      <ul class="project-chooser__list">
        {projects.map((project) => {
          const p = project.properties;
          return (
            <li key={p.id}>
              <button type="button" class="project-chooser__option" data-project={p.id} onClick={() => void selectProject(p.id, { fly: false })}>
                <ProjectSwatch kind={p.kind} place={placeOf(project)} />
                <span class="project-chooser__name">{localName(p)}</span>
                <span class="project-chooser__kind">{pick(PROJECT_KIND_NAMES[p.kind])}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
