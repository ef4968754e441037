import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { CopyButton } from '@/components/copy-button.tsx';
import type { CloneSource } from '../lib/clone-commands.ts';
import { cloneMethods } from '../lib/clone-commands.ts';
import { useCloneSettings } from '../api/get-clone-settings.ts';
import './clone-panel.css';

/** How to clone this repository, one tab per method, each command with a copy button. */
export function ClonePanel({ repository }: { repository: CloneSource }) {
  const id = useId();
  const settings = useCloneSettings();
  const methods = cloneMethods(repository, settings.data);
  const [selected, setSelected] = useState(0);
  const method = methods[selected] ?? methods[0];
  if (!method) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (selected + step + methods.length) % methods.length;
    setSelected(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  return (
    <section className="panel clone-panel" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>Clone</h2>
      </div>
      <div className="clone-tabs" role="tablist" aria-label="Clone method" onKeyDown={onKeyDown}>
        {methods.map((item, index) => (
          <button
            key={item.id}
            id={`${id}-tab-${index}`}
            type="button"
            role="tab"
            aria-selected={index === selected}
            aria-controls={`${id}-panel`}
            tabIndex={index === selected ? 0 : -1}
            className="clone-tab"
            onClick={() => setSelected(index)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${selected}`}
        className="panel-body"
      >
        {method.setup?.map((step) => (
          <div key={step.label} className="clone-step">
            <p className="clone-step-label">{step.label}</p>
            <div className="clone-command">
              <pre>
                <code>{step.text}</code>
              </pre>
              <CopyButton text={step.text} label={`Copy ${method.label}: ${step.label}`} />
            </div>
          </div>
        ))}
        <div className="clone-command">
          <pre>
            <code>{method.command}</code>
          </pre>
          <CopyButton text={method.command} label={`Copy ${method.label} clone command`} />
        </div>
        <p className="field-hint">{method.hint}</p>
      </div>
    </section>
  );
}
