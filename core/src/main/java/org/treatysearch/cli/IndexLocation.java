package org.treatysearch.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the index is: {@code --index}, else env {@code TREATY_INDEX}, else the launcher's default
 * (system property {@code treaty.defaultIndex}: the project's index/), else {@code ./index}.
 */
final class IndexLocation {
  static final String ENV = "TREATY_INDEX";

  private IndexLocation() {}

  static Path resolve(String option, Map<String, String> env, String launcherDefault) {
    if (option != null && !option.isEmpty()) {
      return Path.of(option);
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return Path.of(fromEnv);
    }
    if (launcherDefault != null && !launcherDefault.isEmpty()) {
      return Path.of(launcherDefault);
    }
    return Path.of("index");
  }
}
