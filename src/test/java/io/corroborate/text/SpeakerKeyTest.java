package io.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings of one speaker meet under {@link Speaker#key()}; different names do not. */
class SpeakerKeyTest {

  private static String key(String name) {
    return new Speaker(0, name.length(), name, name).key();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Volodar Zelensky   | Volodar Zelenskyy
      Volodar Zelensky   | Volodar Zelenskiy
      Volodar Zelensky   | Volodar  Zelenskii
      Ana Petrovsky      | ana petrovskiy
      José Ruíz          | Jose Ruiz
      """)
  void sameSpeaker(String a, String b) {
    assertEquals(key(a), key(b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Jon Tarry       | Jon Tarr
      Volodar Zelensky | Volodar Zelenska
      Ana Dorn        | Ana Dorna
      """)
  void differentSpeakers(String a, String b) {
    assertNotEquals(key(a), key(b));
  }
}
