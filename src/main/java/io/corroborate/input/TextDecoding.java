package io.corroborate.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes document bytes: UTF-8 (BOM dropped), or windows-1252 when the bytes are not valid UTF-8. */
final class TextDecoding {
  private TextDecoding() {}

  record Decoded(String text, boolean fallback) {}

  static Decoded decode(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, Charset.forName("windows-1252")), true);
    }
  }
}
