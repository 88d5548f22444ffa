package io.corroborate.text;

import java.util.Set;

/**
 * Closed-class words (articles, pronouns, prepositions, conjunctions, common sentence-opening
 * adverbs and quantifiers) that are capitalized only because they open a sentence or a title.
 * They never start a name, and a capitalized one directly before a number is not an identifier.
 * Compared on {@link Token#lower()}.
 */
final class FunctionWords {
  private FunctionWords() {}

  private static final Set<String> WORDS = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "it's",
      "i", "we", "you", "he", "she", "they", "his", "her", "our", "their", "my", "your", "him",
      "them", "us", "me", "in", "on", "at", "of", "for", "from", "with", "without", "by", "to",
      "into", "onto", "about", "above", "below", "over", "under", "after", "before", "during",
      "since", "until", "through", "across", "against", "among", "between", "within", "near",
      "and", "but", "or", "nor", "so", "yet", "if", "as", "because", "although", "though",
      "while", "when", "where", "whether", "which", "who", "whom", "whose", "what", "why", "how",
      "yes", "no", "not", "also", "still", "even", "just", "only", "then", "now", "today",
      "yesterday", "tomorrow", "tonight", "meanwhile", "however", "moreover", "furthermore",
      "instead", "indeed", "thus", "therefore", "once", "despite", "according", "earlier",
      "later", "last", "next", "early", "late", "some", "many", "most", "more", "less", "few",
      "several", "all", "both", "each", "every", "any", "another", "other", "such", "much",
      "nearly", "almost", "roughly", "around", "approximately", "like", "unlike", "per",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
      "would", "can", "could", "should", "might", "must", "shall", "oh", "well", "please",
      "let", "let's", "unless", "upon", "via", "toward", "towards", "amid", "amongst", "beyond");

  /** True when {@code lower} is a function word. */
  static boolean contains(String lower) {
    return WORDS.contains(lower);
  }
}
