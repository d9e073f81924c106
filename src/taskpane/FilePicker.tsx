import { Button } from '@fluentui/react-components';
import { useRef } from 'react';

/** A button that opens a file chooser; the file stays on this machine. */
export function FilePicker({ label, accept, onFile, testId }: { label: string; accept: string; onFile: (f: File | undefined) => void; testId?: string }) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        data-testid={testId}
        style={{ display: 'none' }}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()}>{label}</Button>
    </>
  );
}
