// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atlas } from '../../state/atlasState';
import { fixtureAtlas, serveData, startWithFixture } from '../testing/atlasFixture';
import { ExportForm } from './ExportForm';

afterEach(cleanup);
beforeEach(() => {
  serveData({});
  startWithFixture('analyze');
  // Two plans with a layer of the same name, as 二七区 and 中原区 each have a 核心板块内部结构.
  const base = fixtureAtlas();
  const twin = structuredClone(base.layers[2]);
  twin.info = { ...twin.info, id: 'zy-boards', level: 'zhongyuan' };
  atlas.value = { ...base, layers: [...base.layers, twin] };
});

describe('the export form', () => {
  it('lists each plan layer under its plan, so two layers of one name can be told apart', () => {
    render(<ExportForm />);
    const planOf = (id: string) => screen.getByTestId(`export-source-${id}`).closest('[data-level]')?.querySelector('h4')?.textContent;
    expect(planOf('boards')).toBe('二七区');
    expect(planOf('zy-boards')).toBe('中原区');
    // The districts are not a plan: listed with the other layers, under no plan.
    expect(screen.getByTestId('export-source-districts').closest('[data-level]')).toBeNull();
  });
});
