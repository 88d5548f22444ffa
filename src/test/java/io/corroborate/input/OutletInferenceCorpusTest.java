package io.corroborate.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Document;
import io.corroborate.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outlet inference on real articles (read from ../shared, never copied): it names the outlet where an
 * article credits itself, and stays silent on photo credits, "told AFP" and site boilerplate.
 */
class OutletInferenceCorpusTest {

  @Test
  void seedsNameTheirOutletOnlyWhereACreditLineDoes() {
    DocumentReader.Result result = DocumentReader.read(List.of(SharedData.require("seeds")));

    assertThat(result.documents()).hasSize(5);
    assertThat(result.documents()).filteredOn(Document::sourceInferred)
        .extracting(d -> d.id().substring(0, 3) + " " + d.source() + " " + d.sourceEvidence().kind())
        .containsExactly("000 Newsmax copyright", "001 CNN staff-credit");
  }

  @Test
  void wikirefInfersOnlyFromWireDatelines() {
    DocumentReader.Result result = DocumentReader.read(List.of(SharedData.require("data/wikiref-news/WikiRef220")));

    assertThat(result.documents()).hasSize(181);
    List<Document> inferred = result.documents().stream().filter(Document::sourceInferred).toList();
    assertThat(inferred).isNotEmpty().allSatisfy(d -> {
      assertThat(d.sourceEvidence().kind()).isEqualTo("wire-dateline");
      assertThat(OutletNames.isAgency(d.source())).isTrue();
      assertThat(d.text().substring(d.sourceEvidence().start(), d.sourceEvidence().end()))
          .isEqualTo(d.sourceEvidence().text());
    });
  }
}
