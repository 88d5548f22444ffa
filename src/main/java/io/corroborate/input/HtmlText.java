package io.corroborate.input;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The visible text of an HTML body with its block structure kept: every paragraph, heading, list item,
 * table row (cells apart by a tab) and caption on a line of its own (the analysis splits headlines,
 * captions and bullets per line), whitespace inside a block collapsed as a browser would, entities decoded
 * by the parser.
 *
 * <p>Dropped: scripts, styles, navigation, asides, forms, embedded media, page-level {@code <header>}s
 * (an {@code <article>}'s own header, with its headline and byline, is kept), every {@code <footer>}, their
 * ARIA-role equivalents, and elements hidden with {@code hidden}, {@code aria-hidden="true"} or an inline
 * {@code display:none}/{@code visibility:hidden}.
 */
final class HtmlText implements NodeFilter {
  private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "aside",
      "form", "footer", "iframe", "object", "embed", "svg", "canvas", "button", "select", "textarea", "input",
      "dialog", "menu", "video", "audio", "picture", "map");
  private static final Set<String> DROPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "search", "dialog", "menu");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
      "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "caption",
      "table", "thead", "tbody", "tfoot", "tr", "pre", "address", "hr", "details", "summary", "body");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

  private final StringBuilder out = new StringBuilder();

  private HtmlText() {}

  static String of(Element body) {
    HtmlText text = new HtmlText();
    text.traverse(body);
    return text.lines();
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      out.append(insidePre(t) ? t.getWholeText() : SPACES.matcher(t.getWholeText()).replaceAll(" "));
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY; // comments, doctype
    }
    if (dropped(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (e.nameIs("br") || BLOCKS.contains(e.normalName())) {
      out.append('\n');
    } else if ((e.nameIs("td") || e.nameIs("th")) && e.elementSiblingIndex() > 0) {
      out.append('\t'); // a table row stays one line, its cells apart
    } else if (e.nameIs("img")) {
      out.append(' '); // an image between words separates them
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
      out.append('\n');
    }
    return FilterResult.CONTINUE;
  }

  private static boolean dropped(Element e) {
    String name = e.normalName();
    if (DROPPED.contains(name) || name.equals("header") && e.closest("article, main") == null) {
      return true;
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
        || DROPPED_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find();
  }

  private static boolean insidePre(TextNode t) {
    Element parent = t.parentElement();
    return parent != null && parent.closest("pre") != null;
  }

  /** One line per block: lines trimmed, runs of spaces (from inline elements) joined, empty lines dropped. */
  private String lines() {
    StringBuilder text = new StringBuilder();
    for (String line : out.toString().split("\n")) {
      String clean = line.replaceAll(" {2,}", " ").strip();
      if (!clean.isEmpty()) {
        text.append(text.isEmpty() ? "" : "\n").append(clean);
      }
    }
    return text.toString();
  }
}
