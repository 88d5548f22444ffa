package io.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounFormsTest {
  @ParameterizedTest
  @CsvSource({
      "soldiers, soldier", "Troops, troop", "casualties, casualty", "churches, church", "boxes, box",
      "people, person", "children, child", "news, news", "series, series", "crisis, crisis", "bus, bus",
      "police, police", "homes, home", "lives, life", "glass, glass", "status, status", "US, us", "gas, gas",
  })
  void singular(String plural, String singular) {
    assertThat(NounForms.singular(plural)).isEqualTo(singular);
  }
}
