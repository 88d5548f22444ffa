package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fmt` as a rule author and a CI job use it: check, print, rewrite in place, and broken files. */
class FmtCommandTest {
  private static final String MESSY = "lexicon Victims{firefighters,people}\nclaim Hurt(group:Victims) value n:QUANTITY"
      + " { pattern n:QUANTITY group:Victims \"hurt\" }\n";
  private static final String TIDY = "lexicon Victims { firefighters }\n";
  private static final String BROKEN = "lexicon Victims { firefighters\nclaim\n";

  record Output(int exit, String out, String err) {}

  @TempDir
  Path dir;
  Path messy;
  Path tidy;

  static Output run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Output(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  @BeforeEach
  void writeFiles() throws IOException {
    messy = Files.writeString(dir.resolve("messy.claims"), MESSY);
    tidy = Files.writeString(dir.resolve("tidy.claims"), TIDY);
  }

  @Test
  void checkListsUnformattedFilesAndWritesNothing() throws IOException {
    Output output = run("fmt", "--check", dir.toString());
    assertThat(output.exit()).isEqualTo(1);
    assertThat(output.out()).isEqualTo(messy + "\n");
    assertThat(Files.readString(messy)).isEqualTo(MESSY);
    assertThat(run("fmt", "--check", tidy.toString())).isEqualTo(new Output(0, "", ""));
  }

  @Test
  void stdoutPrintsTheFormattedTextAndWritesNothing() throws IOException {
    Output output = run("fmt", "--stdout", messy.toString());
    assertThat(output.exit()).isZero();
    assertThat(output.out()).isEqualTo(io.corroborate.Corroborate.format("messy.claims", MESSY)).contains("claim Hurt(group: Victims)");
    assertThat(Files.readString(messy)).isEqualTo(MESSY);
  }

  @Test
  void rewritesChangedFilesInPlaceAndNamesThem() throws IOException {
    Output output = run("fmt", messy.toString(), tidy.toString());
    assertThat(output.exit()).isZero();
    assertThat(output.out()).isEqualTo(messy + "\n");
    assertThat(Files.readString(messy)).isEqualTo("""
        lexicon Victims { firefighters, people }

        claim Hurt(group: Victims) value n: QUANTITY {
          pattern n:QUANTITY group:Victims "hurt"
        }
        """);
    assertThat(Files.readString(tidy)).isEqualTo(TIDY);
    assertThat(run("fmt", dir.toString())).isEqualTo(new Output(0, "", ""));
    try (var left = Files.list(dir)) {
      assertThat(left).as("no temporary files left behind").hasSize(2);
    }
  }

  @Test
  void syntaxErrorsArePrintedAndTheOtherFilesStillFormatted() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.claims"), BROKEN);
    Output output = run("fmt", dir.toString());
    assertThat(output.exit()).isEqualTo(1);
    assertThat(output.err()).contains(broken + ":2:").contains("error[P001]");
    assertThat(output.out()).isEqualTo(messy + "\n");
    assertThat(Files.readString(broken)).isEqualTo(BROKEN);
    assertThat(Files.readString(messy)).isNotEqualTo(MESSY);
  }

  @Test
  void usageErrorsExitOne() {
    assertThat(run("fmt").exit()).isEqualTo(1);
    assertThat(run("fmt", "--check", "--stdout", tidy.toString()).exit()).isEqualTo(1);
    Output missing = run("fmt", dir.resolve("missing.claims").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file");
  }
}
