package dev.winnow.internal;

import java.util.regex.Matcher;

/** Small regular-expression helpers. */
public final class Regex {
    private Regex() {}

    /** The named group's text, or {@code null} when the pattern has no such group or it did not take part. */
    public static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }
}
