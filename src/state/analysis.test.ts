import { afterEach, describe, expect, it } from 'vitest';
import { analyzeView, matrixCell, matrixCellOnMap } from './analysis';
import { activeTab } from './ui';

const PAIR = { aId: 'eq-board-health', bId: 'eq-zone-new-district' };

describe('the picked matrix cell on the map', () => {
  afterEach(() => {
    matrixCell.value = null;
    activeTab.value = 'layers';
    analyzeView.value = 'import';
  });

  it('shows while the matrix is on screen, and leaves with the matrix view or the Analyze tab', () => {
    activeTab.value = 'analyze';
    analyzeView.value = 'matrix';
    matrixCell.value = PAIR;
    expect(matrixCellOnMap.value).toEqual(PAIR);

    analyzeView.value = 'measure';
    expect(matrixCellOnMap.value).toBeNull();
    analyzeView.value = 'matrix';
    expect(matrixCellOnMap.value).toEqual(PAIR);

    activeTab.value = 'layers';
    expect(matrixCellOnMap.value).toBeNull();
    // The pick is kept: back on the matrix, its pair is drawn again.
    activeTab.value = 'analyze';
    expect(matrixCellOnMap.value).toEqual(PAIR);
  });

  it('shows nothing when nothing is picked', () => {
    activeTab.value = 'analyze';
    analyzeView.value = 'matrix';
    expect(matrixCellOnMap.value).toBeNull();
  });
});
