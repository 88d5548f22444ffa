package io.corroborate.extract;

import io.corroborate.text.Token;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The distinct lower-cased words of one sentence as a read-only set, for ruling out patterns whose
 * required words are missing: an open-addressing table of the tokens' own strings, built without the
 * node per word (and the resizing) of a {@code HashSet}, because every sentence of every document
 * builds one and asks it a few questions.
 */
final class TokenWords extends AbstractSet<String> {
  private final String[] table;
  private final int mask;
  private int size;

  TokenWords(List<Token> tokens) {
    int capacity = Integer.highestOneBit(Math.max(4, tokens.size()) * 2 - 1) << 1; // at most half full
    table = new String[capacity];
    mask = capacity - 1;
    for (Token token : tokens) {
      insert(token.lower());
    }
  }

  private void insert(String word) {
    int i = slot(word);
    if (table[i] == null) {
      table[i] = word;
      size++;
    }
  }

  @Override
  public boolean contains(Object word) {
    return word instanceof String s && table[slot(s)] != null;
  }

  /** The slot holding {@code word}, or the empty slot where it would go (linear probing). */
  private int slot(String word) {
    int i = spread(word.hashCode()) & mask;
    while (table[i] != null && !table[i].equals(word)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(table).filter(Objects::nonNull).iterator();
  }
}
