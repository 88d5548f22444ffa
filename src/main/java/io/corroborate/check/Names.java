package io.corroborate.check;

import io.corroborate.lang.ast.Name;
import io.corroborate.lang.ast.RuleFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ruleset namespaces. A file that starts with {@code ruleset news} declares its lexicons, claim kinds
 * and named patterns in namespace {@code news}. A declaration is known by its plain name while that
 * name is unique across the rule set; two rulesets may both declare {@code Victims}, and then each is
 * known as {@code news.Victims} and {@code kursk.Victims}. A reference {@code news.Victims} names one
 * directly; a plain {@code Victims} means the one in the referring file's own ruleset, else the only one.
 */
public final class Names {
  /** The namespace of each rule file, by its display name; "" for files without {@code ruleset}. */
  private final Map<String, String> namespaceOfFile = new HashMap<>();
  /** For each plain name, its declarations: namespace → key. */
  private final Map<String, Map<String, String>> keysByName = new LinkedHashMap<>();

  Names(List<RuleFile> files) {
    for (RuleFile file : files) {
      namespaceOfFile.put(file.source().name(), file.ruleset() == null ? "" : file.ruleset().text());
    }
  }

  String namespaceOf(Name declared) {
    return namespaceOfFile.getOrDefault(declared.span().file().name(), "");
  }

  /** Records a declaration; returns false when its namespace already has the name. */
  boolean declare(Name name) {
    Map<String, String> byNamespace = keysByName.computeIfAbsent(name.text(), n -> new LinkedHashMap<>());
    return byNamespace.putIfAbsent(namespaceOf(name), name.text()) == null;
  }

  /** After all declarations: names declared in several namespaces get qualified keys. */
  void settle() {
    keysByName.forEach((plain, byNamespace) -> {
      if (byNamespace.size() > 1) {
        byNamespace.replaceAll((namespace, key) -> namespace.isEmpty() ? plain : namespace + "." + plain);
      }
    });
  }

  /** The key a declaration is stored under. */
  String keyOf(Name declared) {
    return keysByName.get(declared.text()).get(namespaceOf(declared));
  }

  /** What a reference means, as a key; null when nothing has that name. */
  public String resolve(Name reference) {
    String written = reference.text();
    int dot = written.lastIndexOf('.');
    if (dot > 0) {
      Map<String, String> byNamespace = keysByName.get(written.substring(dot + 1));
      return byNamespace == null ? null : byNamespace.get(written.substring(0, dot));
    }
    Map<String, String> byNamespace = keysByName.get(written);
    if (byNamespace == null) {
      return null;
    }
    String own = byNamespace.get(namespaceOf(reference));
    if (own != null) {
      return own;
    }
    return byNamespace.size() == 1 ? byNamespace.values().iterator().next() : byNamespace.get("");
  }

  /** For a plain name declared in several other namespaces: the qualified spellings, for the error. */
  List<String> ambiguous(Name reference) {
    Map<String, String> byNamespace = keysByName.get(reference.text());
    return byNamespace == null || byNamespace.size() < 2 ? List.of() : new ArrayList<>(byNamespace.values());
  }
}
