import * as React from 'react';
import { secondaryButton as button } from './page-styles';

/** A button that copies a text to the clipboard and says so for two seconds (to screen readers as well). */
export function CopyButton({ text, label, copied }: { text: string; label: string; copied: string }) {
  const [done, setDone] = React.useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    setDone(true);
    setTimeout(() => setDone(false), 2000);
  };
  return (
    <button type="button" style={button} onClick={() => void copy()} aria-live="polite">
      {done ? copied : label}
    </button>
  );
}
