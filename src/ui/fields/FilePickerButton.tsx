import { useRef } from 'react';

/**
 * A button that opens the file chooser, with the file input itself hidden but labelled (tests
 * and assistive tools can still reach it). The input is cleared after each pick, so picking
 * the same file again is noticed.
 */
export function FilePickerButton({ label, inputLabel, accept, className = 'button', disabled, onFile }: {
  label: string;
  inputLabel: string;
  accept: string;
  className?: string;
  disabled?: boolean;
  onFile(file: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => input.current?.click()}>{label}</button>
      <input ref={input} type="file" accept={accept} className="visually-hidden" aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }} />
    </>
  );
}
