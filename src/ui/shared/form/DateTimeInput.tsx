import { Input } from '@zendeskgarden/react-forms';
import { forwardRef, useState } from 'react';
import type { ComponentPropsWithoutRef, FocusEvent } from 'react';
import { isWallClock, textToWallClock, wallClockToText } from '../../../calls/input/timeText';
import { useI18n } from '../../../i18n/I18nProvider';

type InputProps = ComponentPropsWithoutRef<typeof Input>;

interface DateTimeInputProps extends Omit<InputProps, 'value' | 'onChange' | 'type' | 'defaultValue'> {
  /** The wall-clock time in the agent's zone ("2024-01-17T19:29"), or typed text the input could not read */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date and time as the agent's Zendesk locale writes it ("17.01.2024, 19:29"
 * for a German agent), one Tab stop, read back into a wall-clock value as
 * they type; text it cannot read is passed on as typed, so nothing is lost
 * and the form's check can say what is wrong.
 */
export const DateTimeInput = forwardRef<HTMLInputElement, DateTimeInputProps>(function DateTimeInput(
  { value, onChange, onBlur, ...rest },
  ref,
) {
  const { locale } = useI18n().format;
  const shown = (next: string) => (isWallClock(next) ? (wallClockToText(next, locale) ?? next) : next);
  const [text, setText] = useState(() => shown(value));
  const [passedOn, setPassedOn] = useState(value);
  // A value set from outside ("Now", a restored draft) replaces what the input shows.
  if (value !== passedOn) {
    setPassedOn(value);
    setText(shown(value));
  }

  return (
    <Input
      {...rest}
      ref={ref}
      type="text"
      autoComplete="off"
      spellCheck={false}
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        const next = textToWallClock(typed, locale) ?? typed;
        setText(typed);
        setPassedOn(next);
        onChange(next);
      }}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        // Once the agent leaves it, a readable entry is written the locale's way ("17.1.24 9:05" → "17.01.2024, 09:05").
        setText(shown(value));
        onBlur?.(event);
      }}
    />
  );
});
