// Key names used by page.press(): Playwright-style names ("Tab", "Enter",
// "Space", "ArrowDown", "Escape", a single character) joined by "+" for
// chords ("Shift+Tab"). Each adapter maps them to its own protocol.

/** "Shift+Tab" -> ["Shift", "Tab"]; a lone "+" stays a key. */
export function splitChord(key) {
  if (key === "+" || !key.includes("+")) return [key];
  return key.split("+");
}

// W3C WebDriver key codes (https://w3c.github.io/webdriver/#keyboard-actions).
const WEBDRIVER = {
  Backspace: "\uE003", Tab: "\uE004", Enter: "\uE007", Shift: "\uE008", Control: "\uE009",
  Alt: "\uE00A", Escape: "\uE00C", Space: "\uE00D", " ": "\uE00D", PageUp: "\uE00E", PageDown: "\uE00F",
  End: "\uE010", Home: "\uE011", ArrowLeft: "\uE012", ArrowUp: "\uE013", ArrowRight: "\uE014",
  ArrowDown: "\uE015", Delete: "\uE017", Meta: "\uE03D",
};

/** The WebDriver "value" of one key name. */
export function webdriverKey(name) {
  if (name in WEBDRIVER) return WEBDRIVER[name];
  if ([...name].length === 1) return name;
  throw new Error(`unknown key name: ${name}`);
}
