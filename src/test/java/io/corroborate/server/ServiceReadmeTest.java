package io.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's "Service" block, run as written: the service starts on the block's {@code --rules}, each
 * {@code curl} line is sent (read by a small interpreter of the curl options the block uses, so the
 * test needs no curl binary), and the answer must have the status and contain the word written on the
 * {@code #   → STATUS "word"} line under it.
 */
@Timeout(180)
class ServiceReadmeTest {
  private static final Pattern EXPECTED = Pattern.compile("#\\s+→ (\\d{3}) \"([^\"]+)\"");
  private static final Pattern RULES = Pattern.compile(" serve --rules (\\S+)");
  private static final String README_ADDRESS = "localhost:8080";

  record Example(String command, int status, String word) {}

  @Test
  void everyCurlExampleAnswersAsWritten() throws Exception {
    List<String> block = serviceBlock(Files.readAllLines(Path.of("README.md")));
    Matcher rules = RULES.matcher(String.join("\n", block));
    assertThat(rules.find()).as("the block starts the service with --rules").isTrue();
    List<Example> examples = examples(block);
    assertThat(examples).extracting(e -> URI.create(Curl.parse(e.command()).path()).getPath())
        .contains("/v1/health", "/v1/ruleset", "/v1/evaluate", "/v1/check", "/v1/reload");

    ServerConfig config = ServerConfig.defaults(List.of(Path.of(rules.group(1))), 0).withWatch(false, java.time.Duration.ZERO);
    try (CorroborateServer server = CorroborateServer.start(config)) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (Example example : examples) {
        HttpResponse<String> response = client.send(Curl.parse(example.command()).request(server.uri()),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(example.command() + "\n" + response.body()).isEqualTo(example.status());
        assertThat(response.body()).as(example.command()).contains(example.word());
      }
    }
  }

  /** The first ```bash block after the "## Service" heading. */
  private static List<String> serviceBlock(List<String> readme) {
    int heading = readme.indexOf("## Service");
    assertThat(heading).as("README has a ## Service section").isNotNegative();
    int start = heading;
    while (!readme.get(start).equals("```bash")) {
      start++;
    }
    int end = start + 1;
    while (!readme.get(end).equals("```")) {
      end++;
    }
    return readme.subList(start + 1, end);
  }

  /** Each curl command (continued over lines while a single quote is open) and the expectation under it. */
  private static List<Example> examples(List<String> block) {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) {
      if (!block.get(i).startsWith("curl ")) {
        continue;
      }
      StringBuilder command = new StringBuilder(block.get(i));
      while (command.chars().filter(c -> c == '\'').count() % 2 == 1) {
        command.append('\n').append(block.get(++i));
      }
      Matcher expected = EXPECTED.matcher(block.get(i + 1));
      assertThat(expected.matches()).as("line after `%s` says what comes back", command).isTrue();
      examples.add(new Example(command.toString(), Integer.parseInt(expected.group(1)), expected.group(2)));
    }
    return examples;
  }

  /** The curl options the README uses; any other option fails the test, so the README stays within them. */
  record Curl(String method, String path, List<String[]> headers, byte[] body) {
    static Curl parse(String command) {
      List<String> words = io.corroborate.ShellWords.split(command);
      assertThat(words.get(0)).isEqualTo("curl");
      String method = null;
      String target = null;
      List<String[]> headers = new ArrayList<>();
      byte[] body = null;
      for (int i = 1; i < words.size(); i++) {
        String word = words.get(i);
        switch (word) {
          case "-s" -> { }
          case "-X" -> method = words.get(++i);
          case "-H" -> headers.add(words.get(++i).split(":\\s*", 2));
          case "-d" -> body = words.get(++i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          case "--data-binary" -> body = dataBinary(words.get(++i));
          default -> {
            assertThat(word).as("curl option the README test knows").doesNotStartWith("-");
            target = word;
          }
        }
      }
      assertThat(target).as("curl command has an address").startsWith(README_ADDRESS);
      method = method != null ? method : body != null ? "POST" : "GET";
      return new Curl(method, target.substring(README_ADDRESS.length()), headers, body);
    }

    private static byte[] dataBinary(String argument) {
      assertThat(argument).as("--data-binary reads a file").startsWith("@");
      try {
        return Files.readAllBytes(Path.of(argument.substring(1)));
      } catch (java.io.IOException e) {
        throw new AssertionError("README example names a file that cannot be read: " + argument, e);
      }
    }

    HttpRequest request(URI server) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path)).method(method,
          body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(h -> builder.header(h[0], h[1]));
      return builder.build();
    }
  }

}
