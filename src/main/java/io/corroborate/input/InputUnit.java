package io.corroborate.input;

import io.corroborate.Document;
import io.corroborate.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * One input unit (a file, or one line of a .jsonl file, or one element of a .json array) as read: either a
 * document or the error that kept it out. Both may carry warnings (a file read as windows-1252), so a
 * batch can report everything and go on with the next unit.
 */
public sealed interface InputUnit permits InputUnit.Loaded, InputUnit.Rejected {
  /** Where the unit came from: a path, "path:line" for a .jsonl line, "path[i]" for a JSON array element. */
  String origin();

  /** Warnings about the unit; a file-level warning goes with the file's first unit only. */
  List<Problem> warnings();

  /** Every problem of the unit, warnings first. */
  List<Problem> problems();

  /** A document that was read, with the warnings met on the way. */
  record Loaded(String origin, Document document, List<Problem> warnings) implements InputUnit {
    public Loaded {
      warnings = List.copyOf(warnings);
    }

    @Override
    public List<Problem> problems() {
      return warnings;
    }
  }

  /** A unit that gave no document: the error says why and where. */
  record Rejected(String origin, Problem error, List<Problem> warnings) implements InputUnit {
    public Rejected {
      warnings = List.copyOf(warnings);
    }

    @Override
    public List<Problem> problems() {
      List<Problem> all = new ArrayList<>(warnings);
      all.add(error);
      return List.copyOf(all);
    }
  }
}
