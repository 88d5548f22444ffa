package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ReportContract;
import io.corroborate.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command-line example of the README, as written: each {@code java -jar target/corroborate.jar}
 * line of a shell block (the service's are run by ServiceReadmeTest), in this JVM. Output files go to a
 * temporary folder; a trailing {@code # exit N} is the expected exit code, else 0. JSON reports written
 * must follow the report contract.
 */
class ReadmeCommandsTest {
  private static final String JAR = "java -jar target/corroborate.jar ";
  private static final java.util.regex.Pattern EXIT = java.util.regex.Pattern.compile("#\\s*exit (\\d)");

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyReadmeCommandRuns() throws IOException {
    List<String> commands = commands(Files.readAllLines(Path.of("README.md")));
    assertThat(commands).as("README commands").hasSizeGreaterThan(10);
    assertThat(commands.stream().map(c -> c.substring(JAR.length()).split(" ")[0]).distinct())
        .contains("evaluate", "check", "test", "fmt", "explain");
    return commands.stream().map(line -> DynamicTest.dynamicTest(line, () -> run(line)));
  }

  private void run(String line) throws Exception {
    if (line.contains("../shared")) {
      SharedData.require("seeds");
    }
    Matcher exit = EXIT.matcher(line);
    int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
    String command = line.substring(JAR.length()).replaceAll("\\s+#.*$", "");
    List<String> args = new ArrayList<>();
    String stdin = "";
    List<String> words = io.corroborate.ShellWords.split(command);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("<")) {
        stdin = Files.readString(Path.of(words.get(++i)));
      } else if ((word.equals("-o") || word.equals("--out")) && i + 1 < words.size()) {
        args.add(word);
        args.add(out.resolve(words.get(++i)).toString());
      } else {
        args.add(word);
      }
    }
    CliRun run = CliRun.withInput(stdin, args.toArray(String[]::new));
    assertThat(run.exit()).as("exit of `%s`\n%s", line, run.err()).isEqualTo(expected);
    Path json = out.resolve("report.json");
    if (Files.exists(json)) {
      ReportContract.assertValid(Files.readString(json));
      Files.delete(json);
    }
    if (command.contains("--format json") && !command.contains(" -o ") && !command.contains("--out")
        && command.startsWith("evaluate")) {
      ReportContract.assertValid(run.out());
    }
  }

  private static List<String> commands(List<String> readme) {
    List<String> out = new ArrayList<>();
    boolean shell = false;
    for (String line : readme) {
      if (line.startsWith("```")) {
        shell = !shell && line.startsWith("```bash");
        continue;
      }
      int at = line.indexOf(JAR);
      if (shell && at >= 0 && !line.substring(at + JAR.length()).startsWith("serve")) {
        out.add(line.substring(at).strip());
      }
    }
    return out;
  }
}
