/**
 * A field people never see or fill in. Bots that fill every field give themselves away: the
 * endpoint answers them like a success and stores nothing. Hidden from screen readers and the
 * tab order; visually off-screen (not display:none, which some bots skip).
 */
interface Props {
  form: string;
  label: string;
  value: string;
  onInput?: (event: Event) => void;
}

export function Honeypot({ form, label, value, onInput }: Props) {
  const id = `${form}-website`;
  return (
    <div class="ww-hp" aria-hidden="true">
      <label for={id}>{label}</label>
      <input
        type="text"
        id={id}
        name="website"
        value={value}
        onInput={onInput}
        tabIndex={-1}
        autoComplete="off"
      />
    </div>
  );
}
