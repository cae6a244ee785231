package org.treatysearch.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A fixed set of option values: picocli lists them in help and shell completion, and
 * {@link #check} turns anything else into a usage error.
 */
class Choices implements Iterable<String> {
  private final List<String> values;

  Choices(String... values) {
    this.values = List.of(values);
  }

  @Override
  public Iterator<String> iterator() {
    return values.iterator();
  }

  String check(CommandSpec spec, String option, String value) {
    if (!values.contains(value)) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '" + option + "': expected one of " + values + " but was '" + value + "'");
    }
    return value;
  }

  static final class SearchFormats extends Choices {
    SearchFormats() {
      super("text", "jsonl", "tsv", "csv");
    }
  }

  static final class ExportFormats extends Choices {
    ExportFormats() {
      super("jsonl", "csv", "tsv", "md");
    }
  }

  static final class TimelineFormats extends Choices {
    TimelineFormats() {
      super("text", "tsv", "jsonl");
    }
  }

  static final class BatchFormats extends Choices {
    BatchFormats() {
      super("jsonl", "tsv");
    }
  }

  static final class DocumentFormats extends Choices {
    DocumentFormats() {
      super("text", "json");
    }
  }

  static final class CitationFormats extends Choices {
    CitationFormats() {
      super("text", "csl-json", "bibtex");
    }
  }

  static final class ColorModes extends Choices {
    ColorModes() {
      super("auto", "always", "never");
    }
  }
}
