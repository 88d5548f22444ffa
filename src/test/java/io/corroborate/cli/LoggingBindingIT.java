package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The library jar leaves the logging binding to its embedder; the command-line jar brings one. Read
 * from the packaged artifacts, as a user's build or a user would see them.
 */
class LoggingBindingIT {
  private static final Path THIN = Path.of("target/corroborate-0.1.0.jar");
  private static final Path FAT = Path.of("target/corroborate.jar");
  /** SLF4J 2 providers and 1.x static bindings that a library must not force on its users. */
  private static final List<String> BINDINGS = List.of("slf4j-simple", "slf4j-reload4j", "slf4j-log4j12",
      "slf4j-jdk14", "slf4j-nop", "logback-classic", "log4j-slf4j2-impl", "log4j-slf4j-impl");

  record Dependency(String artifact, String scope, boolean optional) {}

  @Test
  void theLibraryJarDependsOnTheApiAndBindsNothing() throws Exception {
    List<Dependency> dependencies = packagedPomDependencies();
    assertThat(dependencies).anyMatch(d -> d.artifact().equals("slf4j-api") && !d.optional()
        && (d.scope().equals("compile")));
    List<Dependency> forced = dependencies.stream()
        .filter(d -> BINDINGS.contains(d.artifact()) && !d.optional() && !d.scope().equals("test")).toList();
    assertThat(forced).as("logging bindings a user of the library jar would inherit").isEmpty();
    try (JarFile jar = new JarFile(THIN.toFile())) {
      assertThat(jar.getEntry("org/slf4j/simple/SimpleServiceProvider.class")).isNull();
      assertThat(jar.getEntry("META-INF/services/org.slf4j.spi.SLF4JServiceProvider")).isNull();
    }
  }

  @Test
  void theCommandLineJarLogsThroughSlf4jSimple() throws Exception {
    try (JarFile jar = new JarFile(FAT.toFile())) {
      ZipEntry services = jar.getEntry("META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
      assertThat(services).isNotNull();
      try (InputStream in = jar.getInputStream(services)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("org.slf4j.simple.SimpleServiceProvider");
      }
    }
    Path err = Files.createTempFile("corroborate-log", ".txt");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-jar", FAT.toString(), "evaluate",
        "--rules", "examples/harbour", "--input", "examples/harbour/reports", "--format", "text");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(err);
    assertThat(log).as("slf4j-simple's own line format, from Drools' debug logging")
        .containsPattern("\\[main\\] DEBUG org\\.drools\\.")
        .doesNotContain("No SLF4J providers were found");
  }

  /** The dependencies of the pom packaged in the library jar, with scope and optional as written. */
  private static List<Dependency> packagedPomDependencies() throws Exception {
    try (JarFile jar = new JarFile(THIN.toFile())) {
      ZipEntry entry = jar.getEntry("META-INF/maven/io.corroborate/corroborate/pom.xml");
      assertThat(entry).as("the library jar carries its pom").isNotNull();
      try (InputStream in = jar.getInputStream(entry)) {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        Element dependencies = child(pom, "dependencies"); // the project's own, not management's or plugins'
        NodeList list = dependencies.getElementsByTagName("dependency");
        List<Dependency> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
          Element d = (Element) list.item(i);
          out.add(new Dependency(text(d, "artifactId"), text(d, "scope").isEmpty() ? "compile" : text(d, "scope"),
              text(d, "optional").equals("true")));
        }
        return out;
      }
    } catch (IOException e) {
      throw new AssertionError("cannot read " + THIN + "; run `mvn package` first", e);
    }
  }

  private static Element child(Element parent, String tag) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    throw new AssertionError("the packaged pom has no <" + tag + ">");
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }
}
