package io.nlbrief.summarizer.gloss.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, dates and times in English notation: {@code 27 maart 2018} → 27 March 2018,
 * {@code 15u38} and {@code 15.38 uur} → 15:38, {@code 2,5} → 2.5, {@code 1.000} → 1,000.
 */
final class NumberRules {
  private static final Pattern CLOCK_U = Pattern.compile("([01]?\\d|2[0-3])[uh]([0-5]\\d)");
  private static final Pattern CLOCK_DOT = Pattern.compile("([01]?\\d|2[0-3])[.:]([0-5]\\d)");
  private static final Pattern DAY = Pattern.compile("[1-9]|[12]\\d|3[01]");
  private static final Pattern YEAR = Pattern.compile("1\\d{3}|20\\d{2}");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+,\\d+");
  private static final Pattern ORDINAL = Pattern.compile("(\\d+)(ste|de|e)");
  private static final Pattern AGE = Pattern.compile("(\\d+)-jarig(e|en)?");
  private static final Map<String, String> MONTHS = Map.ofEntries(
      Map.entry("januari", "January"), Map.entry("februari", "February"), Map.entry("maart", "March"),
      Map.entry("april", "April"), Map.entry("mei", "May"), Map.entry("juni", "June"),
      Map.entry("juli", "July"), Map.entry("augustus", "August"), Map.entry("september", "September"),
      Map.entry("oktober", "October"), Map.entry("november", "November"), Map.entry("december", "December"));

  private NumberRules() {}

  static void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      if (!s.free(i)) {
        continue;
      }
      String text = s.token(i).text();
      if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
        continue;
      }
      Matcher clock = CLOCK_U.matcher(text);
      if (clock.matches()) {
        s.set(i, clock(clock), "time");
        continue;
      }
      Matcher dot = CLOCK_DOT.matcher(text);
      if (dot.matches() && i + 1 < s.size() && s.lower(i + 1).equals("uur")) {
        s.set(i, clock(dot), "time");
        s.set(i + 1, "", "time");
        i++;
        continue;
      }
      if (DAY.matcher(text).matches() && i + 1 < s.size() && MONTHS.containsKey(s.lower(i + 1))) {
        StringBuilder date = new StringBuilder(text).append(' ').append(MONTHS.get(s.lower(i + 1)));
        s.set(i + 1, "", "date");
        if (i + 2 < s.size() && YEAR.matcher(s.token(i + 2).text()).matches()) {
          date.append(' ').append(s.token(i + 2).text());
          s.set(i + 2, "", "date");
        }
        s.set(i, date.toString(), "date");
        continue;
      }
      Matcher ordinal = ORDINAL.matcher(text);
      if (ordinal.matches()) {
        s.set(i, ordinal(ordinal.group(1)), "number");
        continue;
      }
      Matcher age = AGE.matcher(text);
      if (age.matches()) {
        // de 20-jarige → the 20-year-old; 18-jarigen → 18-year-olds
        s.set(i, age.group(1) + "-year-old" + ("en".equals(age.group(2)) ? "s" : ""), "number");
        continue;
      }
      if (GROUPED.matcher(text).matches()) {
        s.set(i, text.replace(".", "\u0000").replace(",", ".").replace("\u0000", ","), "number");
      } else if (DECIMAL.matcher(text).matches()) {
        s.set(i, text.replace(',', '.'), "number");
      } else if (isDigits(text)) {
        s.set(i, text, "number");
      }
    }
  }

  /** Whether the token is a number other than one, so that a following noun is plural in English. */
  static boolean isPluralQuantity(String english) {
    String e = english.strip();
    if (e.isEmpty() || e.equals("1") || e.equals("one") || e.equals("a") || e.equals("an")) {
      return false;
    }
    return e.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',') && Character.isDigit(e.charAt(0))
        || NUMBER_WORDS.matcher(e).matches();
  }

  private static final Pattern NUMBER_WORDS = Pattern.compile(
      "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
          + "|thousand|several|many|a few|few|some|dozens|hundreds|thousands");

  static String ordinal(String digits) {
    int n = Integer.parseInt(digits.length() > 6 ? digits.substring(digits.length() - 6) : digits);
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return digits + suffix;
  }

  private static String clock(Matcher m) {
    String h = m.group(1);
    return h + ":" + m.group(2);
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }
}
