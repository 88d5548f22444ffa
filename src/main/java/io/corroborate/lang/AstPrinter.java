package io.corroborate.lang;

import io.corroborate.lang.ast.Name;
import io.corroborate.lang.ast.RuleFile;
import io.corroborate.source.SourceSpan;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Dumps an AST as an indented tree, one node a line with its position, for golden tests and for
 * debugging the parser. Generic over the AST records, so a new node type needs no printer code.
 */
public final class AstPrinter {
  private final StringBuilder out = new StringBuilder();

  private AstPrinter() {}

  public static String print(RuleFile file) {
    AstPrinter printer = new AstPrinter();
    printer.line(0, "RuleFile " + file.source().name());
    printer.field(1, "ruleset", file.ruleset());
    printer.field(1, "imports", file.imports());
    printer.field(1, "declarations", file.declarations());
    return printer.out.toString();
  }

  private void node(int depth, String label, Object value) {
    String prefix = label == null ? "" : label + ": ";
    if (value == null) {
      line(depth, prefix + "-");
    } else if (value instanceof Name name) {
      line(depth, prefix + quote(name.text()) + " " + at(name.span()));
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        line(depth, prefix + "[]");
      }
      for (Object item : list) {
        node(depth, label, item);
      }
    } else if (value instanceof Record record) {
      SourceSpan span = spanOf(record);
      line(depth, prefix + record.getClass().getSimpleName() + (span == null ? "" : " " + at(span)));
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (!component.getName().equals("span")) {
          field(depth + 1, component.getName(), read(component, record));
        }
      }
    } else if (value instanceof String text) {
      line(depth, prefix + quote(text));
    } else {
      line(depth, prefix + value);
    }
  }

  private void field(int depth, String name, Object value) {
    node(depth, name, value);
  }

  private static SourceSpan spanOf(Record record) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals("span") && read(component, record) instanceof SourceSpan span) {
        return span;
      }
    }
    return null;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e); // records' accessors are public
    }
  }

  private static String at(SourceSpan span) {
    return "@" + span.line() + ":" + span.column();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }
}
