package io.corroborate.compile.match;

import io.corroborate.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon as a trie over lower-cased tokens: one walk from a start token finds every phrase there,
 * however many thousand phrases the lexicon has.
 */
public final class LexiconTrie {
  private final TrieNode root = new TrieNode();

  private static final class TrieNode {
    final Map<String, TrieNode> children = new HashMap<>(4);
    String canonical;
  }

  /** A phrase found at a start token: how many tokens it spans and its canonical form. */
  public record Hit(int length, String canonical) {}

  /** Adds a phrase given as its tokens' lower-case forms. */
  void add(List<String> words, String canonical) {
    if (words.isEmpty()) {
      return;
    }
    TrieNode node = root;
    for (String word : words) {
      node = node.children.computeIfAbsent(word, w -> new TrieNode());
    }
    if (node.canonical == null) {
      node.canonical = canonical;
    }
  }

  /** The first words of the lexicon's phrases: a phrase can start only at a token with one of them. */
  java.util.Set<String> firstWords() {
    return java.util.Set.copyOf(root.children.keySet());
  }

  /** The most tokens a phrase of the lexicon spans. */
  int longest() {
    return depth(root);
  }

  private static int depth(TrieNode node) {
    int deepest = 0;
    for (TrieNode child : node.children.values()) {
      deepest = Math.max(deepest, 1 + depth(child));
    }
    return deepest;
  }

  /** Every phrase that starts at token {@code from}, longest first. */
  public List<Hit> find(List<Token> tokens, int from, int limit) {
    List<Hit> hits = new ArrayList<>(1);
    TrieNode node = root;
    for (int i = from; i < limit; i++) {
      node = node.children.get(tokens.get(i).lower());
      if (node == null) {
        break;
      }
      if (node.canonical != null) {
        hits.add(0, new Hit(i - from + 1, node.canonical));
      }
    }
    return hits;
  }
}
