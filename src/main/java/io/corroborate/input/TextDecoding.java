package io.corroborate.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes document bytes: UTF-8 (BOM dropped), UTF-16 when a UTF-16 BOM says so, a charset the document
 * itself declares (HTML), or windows-1252 when the bytes are not valid UTF-8 (flagged as a fallback, which
 * the reader reports). Bytes that are none of these (binary files, UTF-16 without a BOM) are undecodable.
 */
final class TextDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** The outcome of decoding one file's bytes. */
  sealed interface Decoding permits Decoded, Undecodable {}

  /** @param fallback true when the bytes were not UTF-8 and were read as windows-1252 */
  record Decoded(String text, boolean fallback) implements Decoding {}

  /** @param reason why, for people: what was found and where */
  record Undecodable(String reason) implements Decoding {}

  static Decoding decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /** @param declared the charset the document declares for itself, or null */
  static Decoding decode(byte[] bytes, Charset declared) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, StandardCharsets.UTF_16BE);
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      return new Undecodable("byte " + nul + " is a NUL: this looks like a binary file or UTF-16 without a"
          + " byte-order mark");
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(dropBom(utf8), false);
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      String text = strict(bytes, declared);
      if (text != null) {
        return new Decoded(text, false);
      }
    }
    return windows1252(bytes);
  }

  private static Decoding windows1252(byte[] bytes) {
    String text = new String(bytes, WINDOWS_1252);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // windows-1252 leaves five bytes undefined (they decode to U+FFFD); control characters other than
      // tab, line ends and form feed do not occur in text. Either means the guess is wrong.
      if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
        return new Undecodable(String.format("not UTF-8, and byte %d (0x%02X) is not text in windows-1252 either",
            i, bytes[i] & 0xFF));
      }
    }
    return new Decoded(text, true);
  }

  private static Decoding utf16(byte[] bytes, Charset charset) {
    String text = strict(bytes, charset);
    return text == null
        ? new Undecodable("starts with a UTF-16 byte-order mark but is not valid " + charset.name())
        : new Decoded(dropBom(text), false);
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String dropBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean startsWith(byte[] bytes, int first, int second) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Line ends as the analysis and the reports see them: CRLF and lone CR become LF, so offsets are the
   * same whichever system wrote the file.
   */
  static String normalizeLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
