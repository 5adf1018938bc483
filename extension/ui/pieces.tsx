/** Small pieces of the interface that the card, the record, the popup and the options page share. */
import type { ComponentChildren } from 'preact';

/**
 * A titled part: of a card or a record (`h3`, `ml-section`), or of the options page (`h2`, `ml-options-section`).
 */
export function Section({
  title,
  children,
  level = 3,
  class: className = 'ml-section',
}: {
  title: ComponentChildren;
  children: ComponentChildren;
  level?: 2 | 3;
  class?: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class={className}>
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}

/** An on/off setting: a checkbox a screen reader announces as a switch, with its label. */
export function Switch({
  label,
  checked,
  disabled = false,
  onChange,
}: {
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="ml-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
