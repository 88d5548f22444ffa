package io.corroborate.e2e;

import io.corroborate.Attribution;
import io.corroborate.Corroborate;
import io.corroborate.Finding;
import io.corroborate.Report;
import io.corroborate.SharedData;
import io.corroborate.input.DocumentReader;
import java.nio.file.Path;
import java.util.List;

/** One evaluation of the real articles in ../shared/seeds with a rule set, and the lookups its tests share. */
record SeedsRun(Report report, DocumentReader.Result input) {

  static SeedsRun evaluate(Path rules) throws Exception {
    Path seeds = SharedData.require("seeds");
    DocumentReader.Result input = Corroborate.readDocuments(List.of(seeds));
    return new SeedsRun(Corroborate.compile(List.of(rules)).evaluate(input.documents(), input.problems()), input);
  }

  /** The id of the seed whose file name starts with {@code prefix} ("000"). */
  String doc(String prefix) {
    return input.documents().stream().map(d -> d.id()).filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
  }

  String textOf(Attribution a) {
    return text(a.document()).substring(a.start(), a.end());
  }

  String text(String document) {
    return input.documents().stream().filter(d -> d.id().equals(document)).findFirst().orElseThrow().text();
  }

  Finding finding(String document, String type, String containing) {
    return report.findings().stream()
        .filter(f -> f.document().equals(document) && f.type().equals(type) && f.text().contains(containing))
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " finding in " + document + ": "
            + report.findings()));
  }
}
