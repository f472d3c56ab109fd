import { pick, t } from '../../i18n';
import type { AtlasLayer } from '../../data/types';
import { layerOpacity, visibleLayers } from '../../state/atlasState';
import { fitTo } from '../../state/view';
import { LayerSwatch } from './LayerSwatch';
import { NotDrawnList } from './NotDrawnList';

export function LayerRow({ layer }: { layer: AtlasLayer }) {
  const { info, data } = layer;
  const { style } = info;
  const visible = visibleLayers.value.has(info.id);
  const opacity = layerOpacity.value[info.id] ?? 1;
  const title = pick(info.title);
  const toggle = () => {
    const next = new Set(visibleLayers.value);
    if (visible) next.delete(info.id);
    else next.add(info.id);
    visibleLayers.value = next;
  };
  const setOpacity = (value: number) => (layerOpacity.value = { ...layerOpacity.value, [info.id]: value });
  const zoom = () => {
    if (!visible) toggle();
    fitTo(data);
  };
  return (
    <li class="layer-row" data-layer={info.id}>
      <label class="layer-row__toggle">
        <input type="checkbox" checked={visible} onChange={toggle} data-testid={`layer-toggle-${info.id}`} />
        <LayerSwatch color={style.color} geometry={info.geometry} fillOpacity={style.fillOpacity} />
        <span class="layer-row__title">{title}</span>
        <span class="layer-row__count">{info.featureCount}</span>
      </label>
      <NotDrawnList items={info.notDrawn} />
      {/* Opacity only matters for a layer on screen; hiding it keeps the legend short. */}
      {visible && (
      <div class="layer-row__tools">
        <label class="layer-row__opacity">
          <span>{t('opacity')}</span>
          <input
            type="range"
            min="0.1"
            max="1"
            step="0.1"
            value={opacity}
            aria-label={`${t('opacity')} · ${title}`}
            onInput={(e) => setOpacity(Number((e.target as HTMLInputElement).value))}
          />
          <output data-testid={`opacity-value-${info.id}`}>{Math.round(opacity * 100)} %</output>
        </label>
        <button type="button" class="button button--small" onClick={zoom} aria-label={`${t('zoomToLayer')} · ${title}`}>
          {t('zoomTo')}
        </button>
      </div>
      )}
    </li>
  );
}
