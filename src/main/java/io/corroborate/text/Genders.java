package io.corroborate.text;

import java.util.Set;

/**
 * The little gender agreement that costs nothing: a title or role word stripped before a name
 * ("Mrs.", "spokeswoman", "Mr.", "chairman") against "she"/"he". No first-name lists: a name
 * without such a word agrees with either pronoun.
 */
final class Genders {
  private static final Set<String> FEMALE = Set.of(
      "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "spokeswoman", "chairwoman", "congresswoman",
      "businesswoman", "princess", "duchess", "sister", "mother", "wife", "daughter", "grandmother");
  private static final Set<String> MALE = Set.of(
      "mr", "sir", "lord", "king", "spokesman", "chairman", "congressman", "businessman", "prince", "duke",
      "brother", "father", "husband", "son", "grandfather");

  private Genders() {}

  /** True when {@code name}'s title words say the gender of {@code pronoun} ("he"/"she"). */
  static boolean agrees(SpeakerName name, String pronoun) {
    Set<String> words = pronoun.equals("he") ? MALE : pronoun.equals("she") ? FEMALE : Set.of();
    return name.roles().stream().anyMatch(words::contains);
  }

  /** True when {@code name}'s title words say the other gender than {@code pronoun} ("he"/"she"). */
  static boolean contradicts(SpeakerName name, String pronoun) {
    if (pronoun.equals("he")) {
      return name.roles().stream().anyMatch(FEMALE::contains);
    }
    if (pronoun.equals("she")) {
      return name.roles().stream().anyMatch(MALE::contains);
    }
    return false;
  }
}
