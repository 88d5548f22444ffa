package io.corroborate.batch;

import java.nio.file.Path;

/**
 * One input to stream: a file (whose kind its extension tells), or standard input as JSONL.
 *
 * @param path the file, or null for standard input
 * @param folderEvent the event named by the folder holding it (inputs given as folders of folders),
 *     else null
 * @param claims the file holds structured claims ({@code --claims}), not documents
 */
record InputSource(Path path, String folderEvent, boolean claims) {
  static final String STDIN = "-";

  boolean stdin() {
    return path == null;
  }

  /** The name diagnostics use: the path as given, or "stdin". */
  String name() {
    return path == null ? "stdin" : path.toString();
  }

  boolean jsonLines() {
    return stdin() || claims || path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
  }
}
