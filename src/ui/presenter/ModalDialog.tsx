import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Signal } from '@preact/signals';
import { t } from '../../i18n';

/**
 * A modal <dialog> with a title and a Close button, shown while `open` is true.
 * Closing it any way (button, Esc) sets `open` back to false. `onShow` runs
 * just before it opens, to reset the form.
 */
export function ModalDialog({
  open,
  title,
  titleId,
  class: className,
  testId,
  onShow,
  children,
}: {
  open: Signal<boolean>;
  title: string;
  titleId: string;
  class: string;
  testId: string;
  onShow?: () => void;
  children: ComponentChildren;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const isOpen = open.value;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (isOpen && !d.open) {
      onShow?.();
      d.showModal();
    }
    if (!isOpen && d.open) d.close();
  }, [isOpen]);
  const close = () => (open.value = false);
  return (
    <dialog ref={dialog} class={`dialog ${className}`} aria-labelledby={titleId} onClose={close} data-testid={testId}>
      <div class="dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="button button--small" onClick={close}>
          {t('close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
