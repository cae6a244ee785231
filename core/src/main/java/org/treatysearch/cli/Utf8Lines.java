package org.treatysearch.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of strict UTF-8, decoding one line at a time so a bad byte is reported with the
 * number of the line it is on (a Reader decodes ahead in blocks and would blame the wrong line).
 * Accepts {@code \n} and {@code \r\n} line ends and drops a leading byte-order mark.
 */
final class Utf8Lines {
  /** Input that is not UTF-8; the message names the line. */
  static final class NotUtf8Exception extends IOException {
    NotUtf8Exception(int line) {
      super("stdin line " + line + ": not valid UTF-8");
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private int number;

  Utf8Lines(InputStream in) {
    this.in = new BufferedInputStream(in, 1 << 16);
  }

  /** The number of the line last returned, from 1. */
  int number() {
    return number;
  }

  /** @return the next line without its line end, or null at the end of input */
  String next() throws IOException {
    line.reset();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      line.write(b);
    }
    if (b == -1 && line.size() == 0) {
      return null;
    }
    number++;
    byte[] bytes = line.toByteArray();
    int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    int off = number == 1 && len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, off, len - off)).toString();
    } catch (CharacterCodingException e) {
      throw new NotUtf8Exception(number);
    }
  }
}
