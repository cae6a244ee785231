package org.treatysearch.cli;

/** The fixed option values of the study commands (kwic, dist, colloc, freq). */
final class StudyChoices {
  private StudyChoices() {}

  static final class KwicFormats extends Choices {
    KwicFormats() {
      super("text", "tsv", "csv", "jsonl");
    }
  }

  static final class TableFormats extends Choices {
    TableFormats() {
      super("text", "tsv", "jsonl");
    }
  }

  static final class KwicSorts extends Choices {
    KwicSorts() {
      super("doc", "left", "right", "match");
    }
  }

  static final class Groupings extends Choices {
    Groupings() {
      super("article", "section");
    }
  }

  static final class Measures extends Choices {
    Measures() {
      super("ll", "mi", "logdice");
    }
  }
}
