package org.treatysearch.corpus.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.treatysearch.analysis.Folding;

/**
 * Finds the date expressions of a text and normalises them to Gregorian days: {@code 1945年8月14日},
 * {@code 1945年8月}, {@code 1945年}, {@code 一九四五年}, era years ({@code 民國34年},
 * {@code 光緒二十一年三月二十三日}: lunar, {@code 明治28年}), and month-day forms ({@code 8月14日},
 * {@code 三十四年八月十四日}) that take their year (and era) from the nearest preceding dated mention,
 * passed in as a {@link Context}. Matching runs on the Traditional→Simplified folded text (same
 * length), so 閏/闰 and 民國/民国 are one pattern.
 *
 * <p>What is not a date: numbers without 年/月/日 (95人, 1,000架); Arabic years of fewer than four
 * digits (the articles write durations that way: 20年, 40年至45年); decades (1960年代); a number
 * glued to a digit, comma, point or dash (1936-37年); Chinese counted years (三十年: thirty years)
 * unless an era stands before them or a month after them in a dated context.
 */
public final class DateExtractor {
  private static final String MONTH = "(?:正|冬|腊|十[一二]?|[一二三四五六七八九]|[0-9０-９]{1,2})";
  private static final String DAY = "(?:初[一二三四五六七八九十]|[二三]十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅|十[一二三四五六七八九]?|[一二三四五六七八九]|[0-9０-９]{1,2})";
  private static final String ERA_YEAR = "(?:元|[〇零一二三四五六七八九十廿卅百]{1,4}|[0-9０-９]{1,3})";
  private static final String NOT_AFTER_NUMBER = "(?<![0-9０-９.,\\-－–~～/])";

  private static final Pattern DATES = Pattern.compile(
      "(?<era>" + eraAlternatives() + ")(?<ey>" + ERA_YEAR + ")年"
          + "(?:(?<el>闰)?(?<em>" + MONTH + ")月(?:(?<ed>" + DAY + ")日)?)?"
      + "|" + NOT_AFTER_NUMBER + "(?<gy>[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?!代)"
          + "(?:(?<gm>" + MONTH + ")月(?:(?<gd>" + DAY + ")日)?)?"
      + "|(?<![0-9０-９〇零一二三四五六七八九十廿卅元年])(?<by>[一二三四五六七八九十廿卅]{1,4})年"
          + "(?<bl>闰)?(?<bm>" + MONTH + ")月(?:(?<bd>" + DAY + ")日)?"
      + "|" + NOT_AFTER_NUMBER + "(?<![月一二三四五六七八九十])(?<ml>闰)?(?<mm>" + MONTH + ")月(?<md>" + DAY + ")日"
      + "|" + NOT_AFTER_NUMBER + "(?<!月)(?<om>[0-9０-９]{1,2})月(?![0-9０-９一二三四五六七八九十廿卅初]{1,3}日)"
      + "|(?<=[）)])(?<cm>正|冬|腊|十[一二]?|[一二三四五六七八九])月(?![一二三四五六七八九十廿卅初]{1,3}日)");

  private static final Pattern BRACKETS_ONLY = Pattern.compile("[\\s（）()]*");

  /** Words before a month-day that say which year it is, relative to the context's: 同年 0, 次年 +1. */
  private static final java.util.Map<String, Integer> RELATIVE_YEARS = java.util.Map.of(
      "同年", 0, "是年", 0, "当年", 0, "该年", 0, "本年", 0, "今年", 0,
      "次年", 1, "翌年", 1, "明年", 1, "隔年", 1);

  private DateExtractor() {}

  private static String eraAlternatives() {
    return Eras.all().keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()) // 中华民国 before 民国
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /**
   * The year a month-day form takes: the era (null: Gregorian), the year in it, and the Gregorian
   * year the last dated mention fell in.
   */
  public record Context(Era era, int eraYear, int gregorianYear) {
    public static final Context NONE = null;
  }

  /** What one text gave: its mentions in text order, and the context it leaves for the text after it. */
  public record Result(List<DateMention> mentions, Context context) {}

  /** The dates of a text that has nothing before it. */
  public static List<DateMention> find(String text) {
    return find(text, null).mentions();
  }

  /** The dates of {@code text}, month-day forms taking their year from {@code before} or an earlier mention. */
  public static Result find(String text, Context before) {
    String folded = Folding.fold(text);
    Matcher m = DATES.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
    List<DateMention> found = new ArrayList<>();
    Context context = before;
    Context yearJustBefore = null; // a bare year right before a month-day is its year: 1864年（同治三年）10月7日
    int lastEnd = -1;
    int from = 0;
    while (nextMatch(m, folded, from)) {
      from = m.end();
      Context relative = context;
      boolean afterYear = yearJustBefore != null && BRACKETS_ONLY.matcher(folded.substring(lastEnd, m.start())).matches();
      if (afterYear) {
        relative = yearJustBefore;
      } else if (m.group("cm") != null) {
        continue; // 四月 alone is a date only right after its year: 光緒二十二年（1896年）四月
      }
      if (m.group("mm") != null || m.group("om") != null || m.group("cm") != null) {
        // a month-day right after 年 belongs to that year: 同年8月 (same), 次年8月 (next), else not ours
        if (m.start() > 0 && folded.charAt(m.start() - 1) == '年') {
          Integer shift = m.start() >= 2 ? RELATIVE_YEARS.get(folded.substring(m.start() - 2, m.start())) : null;
          if (shift == null || context == null) {
            continue;
          }
          relative = shift == 0 ? context : new Context(context.era(), context.eraYear() + shift, context.gregorianYear() + shift);
        }
      }
      Parsed p = parse(m, relative);
      if (p == null) {
        continue;
      }
      int start = text.codePointCount(0, m.start());
      int end = start + text.codePointCount(m.start(), m.end());
      found.add(new DateMention(p.iso, p.precision, text.substring(m.start(), m.end()), start, end, p.first, p.last));
      // Only a full date (year and month, or year, month and day) sets the year of the month-days
      // after it: a bare year is as often a look back ("the 1924 agreement") as the narrative's
      // year; in the 1945 treaty's article taking bare years made 7月2日 a day of 1924.
      if (p.precision != Precision.YEAR) {
        // a month-day that took its year from a bracketed year or 次年 moves the narrative there
        context = p.sets != null ? p.sets : relative;
      }
      // of a chain 光緒二十二年（1896年）the first names the calendar of the month after it
      boolean chained = afterYear && p.precision == Precision.YEAR;
      yearJustBefore = p.precision != Precision.YEAR ? null : chained ? yearJustBefore : p.sets;
      lastEnd = m.end();
    }
    return new Result(List.copyOf(found), context);
  }

  /** A match holds 年 or 月 at most this many chars after its start (中华民国一百二十年), and ends at most
   * this many after it (年闰十二月二十九日). */
  private static final int BEFORE_MARK = 10;
  private static final int AFTER_MARK = 10;
  /** Longer than any date: 中华民国一百二十年闰十二月二十九日 has 18 chars. */
  private static final int LONGEST = 24;

  /**
   * The next match at or after {@code from}. Every date holds a 年 or 月, so the pattern runs only
   * in a window around each of them: running it at every position of a text took 3 MB/s, most of
   * it on text that cannot be a date.
   */
  private static boolean nextMatch(Matcher m, String text, int from) {
    for (int mark = nextMark(text, from); mark >= 0; mark = nextMark(text, mark + 1)) {
      m.region(Math.max(from, mark - BEFORE_MARK), Math.min(text.length(), mark + AFTER_MARK + 1));
      if (m.find()) {
        // the window may have cut the match short (1921年 of 1921年5月25日): match again from its start
        int start = m.start();
        m.region(start, Math.min(text.length(), start + LONGEST));
        return m.lookingAt();
      }
    }
    return false;
  }

  private static int nextMark(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '年' || c == '月') {
        return i;
      }
    }
    return -1;
  }

  /** A match read: ISO date, precision, day range, and the context it sets (null: keeps the old one). */
  private record Parsed(String iso, Precision precision, long first, long last, Context sets) {}

  private static Parsed parse(Matcher m, Context context) {
    if (m.group("era") != null) {
      Era era = Eras.byName(m.group("era"));
      int year = ChineseNumerals.parse(m.group("ey"));
      if (era == null || year < 1 || year > 200) {
        return null;
      }
      return inEra(era, year, m.group("el") != null, m.group("em"), m.group("ed"), true);
    }
    if (m.group("gy") != null) {
      int year = ChineseNumerals.parse(m.group("gy"));
      return year < 1000 ? null : gregorian(year, m.group("gm"), m.group("gd"), true);
    }
    if (m.group("by") != null) {
      int year = ChineseNumerals.parse(m.group("by"));
      if (context == null || context.era() == null || year < 1 || year > 200) {
        return null; // 三十年八月 without an era before it: thirty years, or which era?
      }
      return inEra(context.era(), year, m.group("bl") != null, m.group("bm"), m.group("bd"), true);
    }
    if (context == null) {
      return null;
    }
    String month = m.group("mm") != null ? m.group("mm") : m.group("om") != null ? m.group("om") : m.group("cm");
    String day = m.group("md");
    boolean arabic = Character.isDigit(month.charAt(month.length() - 1));
    if (context.era() != null && context.era().calendar() == EraCalendar.CHINESE && !arabic) {
      return inEra(context.era(), context.eraYear(), m.group("ml") != null, month, day, false);
    }
    if (m.group("ml") != null) {
      return null; // a leap month is lunar, and the context is not
    }
    return gregorian(context.gregorianYear(), month, day, false);
  }

  private static Parsed gregorian(int year, String monthText, String dayText, boolean setsContext) {
    if (monthText == null) {
      long first = LocalDate.of(year, 1, 1).toEpochDay();
      return new Parsed(String.valueOf(year), Precision.YEAR, first, LocalDate.of(year, 12, 31).toEpochDay(),
          setsContext ? new Context(null, year, year) : null);
    }
    int month = ChineseNumerals.parse(monthText);
    if (month < 1 || month > 12 || !plainMonth(monthText)) {
      return null;
    }
    if (dayText == null) {
      LocalDate first = LocalDate.of(year, month, 1);
      return new Parsed(String.format("%04d-%02d", year, month), Precision.MONTH, first.toEpochDay(),
          first.plusMonths(1).minusDays(1).toEpochDay(), setsContext ? new Context(null, year, year) : null);
    }
    int day = ChineseNumerals.parse(dayText);
    long d = Calendars.gregorianDay(year, month, day);
    return d == Calendars.NONE ? null : dayParsed(d, setsContext ? new Context(null, year, year) : null);
  }

  /** 正/冬/腊 and 初N name lunar months and days only. */
  private static boolean plainMonth(String monthText) {
    return !monthText.equals("正") && !monthText.equals("冬") && !monthText.equals("腊");
  }

  private static Parsed inEra(Era era, int year, boolean leap, String monthText, String dayText, boolean setsContext) {
    int month = monthText == null ? 0 : ChineseNumerals.parse(monthText);
    int day = dayText == null ? 0 : ChineseNumerals.parse(dayText);
    if (month < 0 || month > 12 || day < 0 || day > 31 || (monthText != null && month == 0)) {
      return null;
    }
    int g = era.gregorianYear(year);
    Context sets = setsContext ? new Context(era, year, g) : null;
    switch (era.calendar()) {
      case CHINESE: {
        if (monthText == null) {
          long[] y = Calendars.lunarYear(g);
          return new Parsed(String.valueOf(g), Precision.YEAR, y[0], y[1], sets);
        }
        if (dayText == null) {
          long[] r = Calendars.lunarMonth(g, month, leap);
          if (r == null) {
            return null;
          }
          LocalDate first = LocalDate.ofEpochDay(r[0]);
          return new Parsed(String.format("%04d-%02d", first.getYear(), first.getMonthValue()), Precision.MONTH,
              r[0], r[1], sets);
        }
        long d = Calendars.lunarDay(g, month, leap, day);
        if (d == Calendars.NONE) {
          return null;
        }
        return dayParsed(d, setsContext ? new Context(era, year, LocalDate.ofEpochDay(d).getYear()) : null);
      }
      case MINGUO:
      case JAPANESE: {
        if (leap || (monthText != null && !plainMonth(monthText)) || (dayText != null && dayText.startsWith("初"))) {
          return null; // these calendars are Gregorian: no leap months, no lunar month names
        }
        if (dayText == null) {
          return gregorian(g, monthText, null, setsContext) == null ? null
              : withContext(gregorian(g, monthText, null, false), sets);
        }
        long d = era.calendar() == EraCalendar.MINGUO
            ? Calendars.minguoDay(year, month, day)
            : Calendars.japaneseDay(era.name(), year, month, day);
        return d == Calendars.NONE ? null : dayParsed(d, sets);
      }
      default:
        throw new IllegalStateException("calendar " + era.calendar());
    }
  }

  private static Parsed withContext(Parsed p, Context sets) {
    return new Parsed(p.iso, p.precision, p.first, p.last, sets);
  }

  private static Parsed dayParsed(long day, Context sets) {
    return new Parsed(LocalDate.ofEpochDay(day).toString(), Precision.DAY, day, day, sets);
  }
}
