package org.treatysearch.search;

import java.io.IOException;
import org.treatysearch.index.IndexFault;

/**
 * A query found the index damaged (a segment that opened but cannot be read). An IOException, so
 * every caller already handles it; the {@link #fault()} names the index, what is damaged and the
 * corpus it was built from, and the message says so in one line (the CLI adds how to rebuild it).
 */
public class DamagedIndexException extends IOException {
  private final transient IndexFault fault;

  public DamagedIndexException(IndexFault fault, Throwable cause) {
    super(fault.describe(), cause);
    this.fault = fault;
  }

  public IndexFault fault() {
    return fault;
  }
}
