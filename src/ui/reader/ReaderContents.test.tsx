// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lang } from '../../i18n';
import { ReaderContents } from './ReaderContents';

afterEach(() => {
  cleanup();
  lang.value = 'zh';
});

describe('the plan reader contents', () => {
  it('marks the plan’s headings as Chinese in the English interface, so they are not read with an English voice', () => {
    lang.value = 'en';
    render(<ReaderContents headings={[{ line: 244, level: 3, text: '五、空间布局' }]} onGo={() => undefined} />);
    const heading = screen.getByRole('button', { name: '五、空间布局' });
    expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('zh-CN');
    // The interface's own words around them stay English.
    expect(screen.getByText(/^Contents/).closest('[lang]')).toBeNull();
  });
});
