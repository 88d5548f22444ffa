package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentAttributionTest {

  @Test
  void speakerAtPrefersTheQuoteSpeakerInsideTheQuote() {
    String doc = "Kestrel said the port \"will reopen soon,\" Dorn added.";
    AttributedDoc d = AttributedDoc.of(doc, false);
    DocumentAttribution a = d.attribution();
    assertEquals("Kestrel", a.sentenceSpeaker(0).name());
    assertEquals("Dorn", a.speakerAt(0, doc.indexOf("reopen")).name());
    assertEquals("Kestrel", a.speakerAt(0, doc.indexOf("port")).name());
  }

  @Test
  void speakerAtFallsBackToTheSentenceCueForAQuoteWithoutSpeaker() {
    String doc = "The word \"ceasefire\" was misused, Kestrel said.";
    DocumentAttribution a = AttributedDoc.of(doc, false).attribution();
    assertNull(a.quotes().get(0).speaker());
    assertEquals("Kestrel", a.speakerAt(0, doc.indexOf("ceasefire")).name());
  }

  @Test
  void aReportingVerbInsideAQuoteDoesNotAttributeTheTextOutsideIt() {
    String doc = "\"Kestrel said the port is closed,\" Dorn wrote.";
    DocumentAttribution a = AttributedDoc.of(doc, false).attribution();
    assertEquals("Dorn", a.sentenceSpeaker(0).name());
    assertEquals("Dorn", a.speakerAt(0, doc.indexOf("Kestrel")).name());
  }

  @Test
  void inQuoteIncludesBothMarksAndNothingAfter() {
    String doc = "He said \"we are ready\" today.";
    DocumentAttribution a = AttributedDoc.of(doc, false).attribution();
    int open = doc.indexOf('"');
    int close = doc.lastIndexOf('"');
    assertFalse(a.inQuote(open - 1));
    assertTrue(a.inQuote(open));
    assertTrue(a.inQuote(close));
    assertFalse(a.inQuote(close + 1));
    Quote q = a.quotes().get(0);
    assertEquals(List.of(open, close + 1, open + 1, close), List.of(q.start(), q.end(), q.contentStart(), q.contentEnd()));
  }

  @Test
  void everySentenceOfAnAttributedQuoteGetsItsSpeaker() {
    String doc = "\"The port is open. Ships are moving. Trade will recover,\" Ana Dorn told reporters.";
    AttributedDoc d = AttributedDoc.of(doc, false);
    assertEquals(3, d.sentences().size());
    for (Sentence s : d.sentences()) {
      assertTrue(d.attribution().attributed(s.index()));
      assertEquals("Ana Dorn", d.attribution().speakerAt(s.index(), s.start()).name());
    }
    assertNull(d.attribution().sentenceSpeaker(0), "the cue is in the last sentence");
  }

  @Test
  void emptyAttributionAndImmutability() {
    DocumentAttribution empty = DocumentAttribution.empty(2);
    assertTrue(empty.quotes().isEmpty());
    assertNull(empty.speakerAt(1, 0));
    assertFalse(empty.attributed(0) || empty.hedged(1) || empty.inQuote(0));
    DocumentAttribution a = AttributedDoc.of("\"Yes,\" Dorn said.", false).attribution();
    assertThrows(UnsupportedOperationException.class, () -> a.quotes().clear());
    assertThrows(IllegalArgumentException.class, () -> new Speaker(0, 1, "x", " "));
  }

  @Test
  void sameInputSameOutput() {
    String doc = "Mara Kestrel spoke.\n“We will win,” she said. Kestrel added that \"talks\" failed.";
    List<Sentence> sentences = AttributionTestText.sentences(doc);
    assertEquals(AttributionFinder.find(doc, sentences).quotes(), AttributionFinder.find(doc, sentences).quotes());
    assertEquals(AttributionFinder.find(doc, sentences).toString(), AttributionFinder.find(doc, sentences).toString());
  }

  /** A long document is handled paragraph by paragraph: every quote found, each with its speaker. */
  @Test
  void handlesALongDocument() {
    String paragraph = "Mara Kestrel said the port reopened. “Ships are moving. Trade will recover,” she added, "
        + "according to Valdor News. Dorvia's army claims it holds the bridge, the DBA reported.\n";
    String doc = paragraph.repeat(4000);
    List<Sentence> sentences = AttributionTestText.sentences(doc);
    DocumentAttribution a = AttributionFinder.find(doc, sentences);
    assertEquals(4000, a.quotes().size());
    assertTrue(a.quotes().stream().allMatch(q -> q.speaker() != null && q.speaker().name().equals("Mara Kestrel")));
  }
}
