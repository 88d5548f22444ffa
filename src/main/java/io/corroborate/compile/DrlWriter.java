package io.corroborate.compile;

/** A tiny indenting writer so the generated DRL is readable in golden files and error reports. */
final class DrlWriter {
  private final StringBuilder out = new StringBuilder();

  DrlWriter line(String text) {
    out.append(text).append('\n');
    return this;
  }

  DrlWriter blank() {
    out.append('\n');
    return this;
  }

  /** Starts {@code rule "name" salience N} with the name escaped. */
  DrlWriter rule(String name, int salience) {
    return line("rule " + DrlText.quote(name) + " salience " + salience);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
