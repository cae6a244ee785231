package org.treatysearch.search;

import java.io.IOException;

/**
 * A query found the index damaged (a segment that opened but cannot be read). An IOException, so
 * every caller already handles it; the message is one line naming the index and how to rebuild it.
 */
public class DamagedIndexException extends IOException {
  public DamagedIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
