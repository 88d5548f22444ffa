package io.corroborate.compile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled Drools packages on disk, keyed by a content hash, so a repeat run with the same rules skips
 * parsing the DRL and building its packages (BUILD-NOTES: a classic kjar holds only the DRL, and a
 * KieBase is not serializable in Drools 10, but its packages are). The key covers the generated DRL,
 * the Corroborate build that produced it and the JVM, so any change to the rules or the program misses.
 *
 * <p>Safe under concurrent runs: an entry is written to a temporary file and renamed into place, so a
 * reader sees a whole entry or none; an unreadable entry is ignored and replaced. Disabled with the
 * system property {@value #DISABLE_PROPERTY}{@code =off} or the environment variable
 * {@code CORROBORATE_NO_CACHE=1}; the folder is {@value #DIR_PROPERTY}, else {@code CORROBORATE_CACHE_DIR},
 * else {@code $XDG_CACHE_HOME/corroborate}, else {@code ~/.cache/corroborate}.
 */
public final class RuleBaseCache {
  public static final String DISABLE_PROPERTY = "corroborate.cache";
  public static final String DIR_PROPERTY = "corroborate.cache.dir";
  /** Bumped when the entry layout changes, so old entries are never read. */
  private static final String FORMAT = "packages-v1";
  /** Enough for every rule set someone works on at once; older entries are removed. */
  private static final int MAX_ENTRIES = 64;
  private static final String SUFFIX = ".kpkg";

  private final Path folder;

  private RuleBaseCache(Path folder) {
    this.folder = folder;
  }

  /** The cache the environment asks for, or empty when caching is off or no folder can be named. */
  public static Optional<RuleBaseCache> fromEnvironment() {
    return fromSettings(System.getProperties().entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue()))),
        System.getenv());
  }

  static Optional<RuleBaseCache> fromSettings(Map<String, String> properties, Map<String, String> environment) {
    if (isOff(properties.get(DISABLE_PROPERTY)) || isOn(environment.get("CORROBORATE_NO_CACHE"))) {
      return Optional.empty();
    }
    Path root = firstPath(properties.get(DIR_PROPERTY), environment.get("CORROBORATE_CACHE_DIR"));
    if (root == null) {
      String xdg = environment.get("XDG_CACHE_HOME");
      String home = properties.get("user.home");
      root = xdg != null && !xdg.isBlank() ? Path.of(xdg, "corroborate")
          : home != null && !home.isBlank() ? Path.of(home, ".cache", "corroborate") : null;
    }
    return root == null ? Optional.empty() : Optional.of(new RuleBaseCache(root.resolve("rules")));
  }

  /** A cache in the given folder, for tests and embedders that manage their own location. */
  public static RuleBaseCache in(Path folder) {
    return new RuleBaseCache(folder);
  }

  public Path folder() {
    return folder;
  }

  /** The key of a rule base: a hash of its DRL and of everything that could change how it compiles. */
  public static String key(String drl) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(FORMAT, buildIdentity(), System.getProperty("java.vm.version", ""), drl)) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The packages stored under the key, or empty if there are none or they cannot be read. */
  public Optional<Collection<KiePackage>> load(String key) {
    Path entry = folder.resolve(key + SUFFIX);
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try (InputStream file = new BufferedInputStream(Files.newInputStream(entry));
         ObjectInputStream in = new DroolsObjectInputStream(file, RuleBaseCache.class.getClassLoader())) {
      Object stored = in.readObject();
      if (!(stored instanceof List<?> list) || !list.stream().allMatch(KiePackage.class::isInstance)) {
        return Optional.empty();
      }
      touch(entry);
      return Optional.of(list.stream().map(KiePackage.class::cast).toList());
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      // a damaged or foreign entry costs one rebuild, never a failure
      deleteQuietly(entry);
      return Optional.empty();
    }
  }

  /** Stores packages under the key; failures (read-only home, full disk) only mean no cache. */
  public void store(String key, Collection<KiePackage> packages) {
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, key, ".tmp");
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp));
           ObjectOutputStream out = new DroolsObjectOutputStream(file)) {
        out.writeObject(new ArrayList<>(packages));
      }
      moveIntoPlace(temp, folder.resolve(key + SUFFIX));
      temp = null;
      prune();
    } catch (IOException | RuntimeException e) {
      // the rule base was built; not caching it only costs the next run a rebuild
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes the least recently used entries beyond {@link #MAX_ENTRIES}. */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> files = Files.list(folder)) {
      entries = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
    }
    if (entries.size() <= MAX_ENTRIES) {
      return;
    }
    entries.stream()
        .sorted(Comparator.comparing(RuleBaseCache::modified).reversed())
        .skip(MAX_ENTRIES)
        .forEach(RuleBaseCache::deleteQuietly);
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static void touch(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // only the pruning order suffers
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // another run may hold or have removed it; the entry is simply not used
    }
  }

  /**
   * The version plus the size and time of the jar or class folder this code came from: a development
   * build keeps its version number while its fact classes change, and a stale entry must then miss.
   */
  private static String buildIdentity() {
    String version = String.valueOf(RuleBaseCache.class.getPackage().getImplementationVersion());
    try {
      Path code = Path.of(RuleBaseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(code)) {
        code = code.resolve(RuleBaseCache.class.getName().replace('.', '/') + ".class");
      }
      return version + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis();
    } catch (Exception e) {
      return version;
    }
  }

  private static boolean isOff(String value) {
    return value != null && List.of("off", "false", "no", "0").contains(value.trim().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isOn(String value) {
    return value != null && !value.isBlank() && !isOff(value);
  }

  private static Path firstPath(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return Path.of(candidate);
      }
    }
    return null;
  }
}
